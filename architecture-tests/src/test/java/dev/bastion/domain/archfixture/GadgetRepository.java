package dev.bastion.domain.archfixture;

import java.util.Optional;
import java.util.UUID;

/** Compliant: a repository port in the domain, speaking domain types only. */
public interface GadgetRepository {

    Optional<FixtureOrder> findById(UUID id);

    void add(FixtureOrder order);
}
