package dev.bastion.application.testing;

import dev.bastion.application.shared.events.EventOutbox;
import dev.bastion.application.testing.contract.EventOutboxContract;
import java.util.function.Supplier;

class InMemoryEventOutboxTest extends EventOutboxContract {

    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryEventOutbox outbox = new InMemoryEventOutbox();

    @Override
    protected EventOutbox outbox() {
        return outbox;
    }

    @Override
    protected <T> T inTransaction(Supplier<T> work) {
        return transactions.inTransaction(work);
    }
}
