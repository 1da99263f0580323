package dev.bastion.adapters.messaging.archfixture;

import dev.bastion.application.shared.Transactions;
import java.util.function.Supplier;

/** WRONG ON PURPOSE: Transactions implemented by the messaging adapter. */
public final class RedisTransactions implements Transactions {

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }

    @Override
    public <T> T inExclusiveTransaction(String lockName, Supplier<T> work) {
        return work.get();
    }
}
