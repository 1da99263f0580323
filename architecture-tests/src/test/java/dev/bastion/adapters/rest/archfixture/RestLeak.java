package dev.bastion.adapters.rest.archfixture;

import dev.bastion.adapters.messaging.archfixture.FixtureMessagingAdapter;
import dev.bastion.adapters.persistence.archfixture.FixturePersistenceAdapter;

/** WRONG ON PURPOSE: REST depends on persistence and on messaging. */
public final class RestLeak {

    private FixturePersistenceAdapter persistence;
    private FixtureMessagingAdapter messaging;
}
