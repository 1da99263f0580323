package dev.bastion.adapters.persistence.archfixtureb;

import dev.bastion.adapters.persistence.archfixturea.PersistenceCycleA;

/** WRONG ON PURPOSE: the other half of the cycle. */
public final class PersistenceCycleB {

    private PersistenceCycleA other;
}
