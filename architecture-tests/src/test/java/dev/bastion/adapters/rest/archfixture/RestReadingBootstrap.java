package dev.bastion.adapters.rest.archfixture;

import dev.bastion.bootstrap.archfixture.FixtureSettings;

/** WRONG ON PURPOSE: an adapter reading bootstrap's configuration class. */
public final class RestReadingBootstrap {

    private FixtureSettings settings;
}
