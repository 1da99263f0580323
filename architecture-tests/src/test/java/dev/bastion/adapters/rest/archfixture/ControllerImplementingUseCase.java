package dev.bastion.adapters.rest.archfixture;

import dev.bastion.application.identity.administration.SeedAdministrator;

/** WRONG ON PURPOSE: an adapter implementing an inbound port instead of calling it. */
public final class ControllerImplementingUseCase implements SeedAdministrator {

    @Override
    public Result seed(Command command) {
        throw new UnsupportedOperationException();
    }
}
