package dev.bastion.domain.archfixture;

import dev.bastion.application.shared.Transactions;

/** WRONG ON PURPOSE: the domain depends on application (outward). */
public final class DomainReachingIntoApplication {

    private final Transactions transactions;

    public DomainReachingIntoApplication(Transactions transactions) {
        this.transactions = transactions;
    }

    public Transactions transactions() {
        return transactions;
    }
}
