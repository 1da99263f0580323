package dev.bastion.adapters.persistence.archfixture;

import dev.bastion.adapters.messaging.archfixture.FixtureMessagingAdapter;
import dev.bastion.adapters.rest.archfixture.FixtureController;

/** WRONG ON PURPOSE: persistence depends on REST and on messaging. */
public final class PersistenceLeak {

    private FixtureController rest;
    private FixtureMessagingAdapter messaging;
}
