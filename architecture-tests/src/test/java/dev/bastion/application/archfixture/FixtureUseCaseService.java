package dev.bastion.application.archfixture;

import dev.bastion.application.shared.Transactions;
import dev.bastion.domain.archfixture.GadgetRepository;

/** Compliant: a plain service implementing the use case next to it. */
public final class FixtureUseCaseService implements FixtureUseCase {

    private final GadgetRepository gadgets;
    private final Transactions transactions;

    public FixtureUseCaseService(GadgetRepository gadgets, Transactions transactions) {
        this.gadgets = gadgets;
        this.transactions = transactions;
    }

    @Override
    public Result run(Command command) {
        return transactions.inTransaction(() -> new Result(gadgets != null));
    }
}
