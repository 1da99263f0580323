package dev.bastion.adapters.persistence.archfixture;

import dev.bastion.domain.archfixture.FixtureOrder;
import dev.bastion.domain.archfixture.GadgetRepository;
import java.util.Optional;
import java.util.UUID;

/** Compliant: persistence implements a domain repository port, using its rows privately. */
public final class JdbcGadgetRepository implements GadgetRepository {

    private final FixtureRowRepository rows;

    public JdbcGadgetRepository(FixtureRowRepository rows) {
        this.rows = rows;
    }

    @Override
    public Optional<FixtureOrder> findById(UUID id) {
        return Optional.empty();
    }

    @Override
    public void add(FixtureOrder order) {
        rows.save(new FixtureRow(UUID.randomUUID(), order.describe(), null));
    }
}
