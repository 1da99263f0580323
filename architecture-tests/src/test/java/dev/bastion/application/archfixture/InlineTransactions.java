package dev.bastion.application.archfixture;

import dev.bastion.application.shared.Transactions;
import java.util.function.Supplier;

/** WRONG ON PURPOSE: the Transactions port implemented outside adapters-persistence. */
public final class InlineTransactions implements Transactions {

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }

    @Override
    public <T> T inExclusiveTransaction(String lockName, Supplier<T> work) {
        return work.get();
    }
}
