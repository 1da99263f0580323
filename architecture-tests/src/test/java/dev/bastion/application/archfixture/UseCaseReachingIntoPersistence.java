package dev.bastion.application.archfixture;

import dev.bastion.adapters.persistence.archfixture.FixturePersistenceAdapter;

/** WRONG ON PURPOSE: application depends on an adapter (outward). */
public final class UseCaseReachingIntoPersistence {

    private FixturePersistenceAdapter adapter;
}
