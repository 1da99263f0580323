package dev.bastion.adapters.persistence.archfixturea;

import dev.bastion.adapters.persistence.archfixtureb.PersistenceCycleB;

/** WRONG ON PURPOSE: one half of a cycle between two persistence contexts. */
public final class PersistenceCycleA {

    private PersistenceCycleB other;
}
