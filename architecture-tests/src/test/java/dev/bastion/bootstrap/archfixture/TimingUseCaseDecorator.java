package dev.bastion.bootstrap.archfixture;

import dev.bastion.application.archfixture.FixtureUseCase;

/** WRONG ON PURPOSE: a hand-written use case implementation outside application. */
public final class TimingUseCaseDecorator implements FixtureUseCase {

    @Override
    public Result run(Command command) {
        return new Result(true);
    }
}
