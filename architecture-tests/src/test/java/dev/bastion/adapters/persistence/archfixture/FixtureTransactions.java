package dev.bastion.adapters.persistence.archfixture;

import dev.bastion.application.shared.Transactions;
import java.util.function.Supplier;

/** Compliant: persistence implements the Transactions port. */
public final class FixtureTransactions implements Transactions {

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }

    @Override
    public <T> T inExclusiveTransaction(String lockName, Supplier<T> work) {
        return work.get();
    }
}
