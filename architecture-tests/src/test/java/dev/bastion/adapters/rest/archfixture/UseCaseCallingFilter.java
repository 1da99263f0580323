package dev.bastion.adapters.rest.archfixture;

import dev.bastion.application.archfixture.FixtureUseCase;
import dev.bastion.domain.archfixture.FixtureQuantity;
import dev.bastion.domain.shared.Clock;

/**
 * Compliant with rules 9 and 10: a REST bean using a use case, its command and result, a domain
 * value, and the clock (the one port REST may read).
 */
public final class UseCaseCallingFilter {

    private final FixtureUseCase useCase;
    private final Clock clock;

    public UseCaseCallingFilter(FixtureUseCase useCase, Clock clock) {
        this.useCase = useCase;
        this.clock = clock;
    }

    public boolean admits(FixtureQuantity quantity) {
        return clock.now() != null && useCase.run(new FixtureUseCase.Command(quantity.toString())).done();
    }
}
