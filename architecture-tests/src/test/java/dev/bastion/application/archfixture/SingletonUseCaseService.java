package dev.bastion.application.archfixture;

import jakarta.inject.Singleton;

/** WRONG ON PURPOSE: a use-case service that makes itself a bean. */
@Singleton
public final class SingletonUseCaseService implements FixtureUseCase {

    @Override
    public Result run(Command command) {
        return new Result(true);
    }
}
