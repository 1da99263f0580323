package dev.bastion.adapters.persistence.archfixture;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.util.UUID;

/** Compliant where it is: a row, in persistence, named *Row. */
@MappedEntity("fixtures")
public record FixtureRow(@Id UUID id, String name, @Version Long version) {
}
