package dev.bastion.bootstrap.archfixture;

import dev.bastion.adapters.messaging.archfixture.FixtureMessagingAdapter;
import dev.bastion.adapters.persistence.archfixture.FixtureTransactions;
import dev.bastion.adapters.persistence.archfixture.JdbcGadgetRepository;
import dev.bastion.adapters.rest.archfixture.FixtureController;
import dev.bastion.application.archfixture.FixtureUseCaseService;
import dev.bastion.domain.shared.Clock;
import java.time.Instant;

/** Compliant: bootstrap sees everything and wires it; its anonymous Clock is a port implementation. */
public final class FixtureWiring {

    private final FixtureSettings settings = new FixtureSettings();

    public FixtureController controller() {
        return new FixtureController(new FixtureUseCaseService(new JdbcGadgetRepository(null), new FixtureTransactions()));
    }

    public FixtureMessagingAdapter messaging() {
        return new FixtureMessagingAdapter(new Clock() {
            @Override
            public Instant now() {
                return Instant.EPOCH;
            }
        });
    }
}
