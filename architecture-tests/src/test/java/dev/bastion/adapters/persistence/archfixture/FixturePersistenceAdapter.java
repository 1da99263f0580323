package dev.bastion.adapters.persistence.archfixture;

import dev.bastion.application.shared.Transactions;
import dev.bastion.domain.archfixture.GadgetRepository;

/** Compliant: a persistence adapter depending on application and domain only. */
public final class FixturePersistenceAdapter {

    private final GadgetRepository gadgets;
    private final Transactions transactions;

    public FixturePersistenceAdapter(GadgetRepository gadgets, Transactions transactions) {
        this.gadgets = gadgets;
        this.transactions = transactions;
    }
}
