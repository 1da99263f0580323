package dev.bastion.adapters.rest.archfixture;

import dev.bastion.application.archfixture.FixtureUseCaseService;
import dev.bastion.application.shared.Transactions;
import dev.bastion.domain.archfixture.GadgetRepository;
import java.util.UUID;

/**
 * Violates rule 10 three ways, and is no controller: a REST bean (a filter, say) using a domain
 * port, an application outbound port and a service class.
 */
public final class PortReachingFilter {

    private final GadgetRepository gadgets;
    private final Transactions transactions;
    private final FixtureUseCaseService service;

    public PortReachingFilter(GadgetRepository gadgets, Transactions transactions, FixtureUseCaseService service) {
        this.gadgets = gadgets;
        this.transactions = transactions;
        this.service = service;
    }

    public boolean admits(UUID id) {
        return transactions.inTransaction(() -> gadgets.findById(id).isPresent()) && service.run(null).done();
    }
}
