package dev.bastion.modules.archfixturea.application;

import dev.bastion.application.access.GetUserAccess;
import dev.bastion.application.shared.Transactions;
import dev.bastion.domain.identity.UserId;
import dev.bastion.modules.archfixturea.domain.Widget;

/** A well-behaved module use case: its own domain, the core's published ports (transactions, the actor's access). */
public final class WidgetService {

    private final Transactions transactions;
    private final GetUserAccess access;

    public WidgetService(Transactions transactions, GetUserAccess access) {
        this.transactions = transactions;
        this.access = access;
    }

    public Widget create(UserId actor, Widget widget) {
        return transactions.inTransaction(() -> access.of(actor).permissions() == null ? null : widget);
    }
}
