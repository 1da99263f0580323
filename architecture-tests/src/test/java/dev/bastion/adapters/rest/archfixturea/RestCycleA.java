package dev.bastion.adapters.rest.archfixturea;

import dev.bastion.adapters.rest.archfixtureb.RestCycleB;

/** WRONG ON PURPOSE: one half of a cycle between two REST contexts. */
public final class RestCycleA {

    private RestCycleB other;
}
