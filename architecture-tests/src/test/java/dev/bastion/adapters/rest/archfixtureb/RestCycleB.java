package dev.bastion.adapters.rest.archfixtureb;

import dev.bastion.adapters.rest.archfixturea.RestCycleA;

/** WRONG ON PURPOSE: the other half of the cycle. */
public final class RestCycleB {

    private RestCycleA other;
}
