package dev.bastion.bootstrap.archfixture;

import dev.bastion.application.archfixture.FixtureUseCase;

/** Stands in for the AOP proxy Micronaut generates for an advised use-case bean declared in bootstrap. */
public final class $FixtureUseCase$Intercepted implements FixtureUseCase {

    @Override
    public Result run(Command command) {
        return new Result(true);
    }
}
