package dev.bastion.adapters.rest.archfixture;

import dev.bastion.application.archfixture.FixtureUseCaseService;
import dev.bastion.application.shared.Transactions;
import dev.bastion.domain.archfixture.GadgetRepository;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import java.util.UUID;

/** Violates rule 8 three ways: a domain port, an application outbound port, a service class. */
@Controller("/shortcuts")
public final class PortCallingController {

    private final GadgetRepository gadgets;
    private final Transactions transactions;
    private final FixtureUseCaseService service;

    public PortCallingController(GadgetRepository gadgets, Transactions transactions, FixtureUseCaseService service) {
        this.gadgets = gadgets;
        this.transactions = transactions;
        this.service = service;
    }

    @Get
    public boolean shortcut() {
        boolean found = transactions.inTransaction(() -> gadgets.findById(UUID.randomUUID()).isPresent());
        return found || service.run(null).done();
    }
}
