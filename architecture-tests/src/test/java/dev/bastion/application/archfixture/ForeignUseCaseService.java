package dev.bastion.application.archfixture;

import dev.bastion.application.identity.administration.SeedAdministrator;

/** WRONG ON PURPOSE: implements a use case of another package, none of its own. */
public final class ForeignUseCaseService implements SeedAdministrator {

    @Override
    public Result seed(Command command) {
        throw new UnsupportedOperationException();
    }
}
