package dev.bastion.adapters.messaging.archfixture;

import dev.bastion.adapters.persistence.archfixture.FixturePersistenceAdapter;
import dev.bastion.adapters.rest.archfixture.FixtureController;

/** WRONG ON PURPOSE: messaging depends on REST and on persistence. */
public final class MessagingLeak {

    private FixtureController rest;
    private FixturePersistenceAdapter persistence;
}
