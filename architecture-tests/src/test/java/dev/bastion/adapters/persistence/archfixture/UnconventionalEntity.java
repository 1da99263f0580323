package dev.bastion.adapters.persistence.archfixture;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.util.UUID;

/** WRONG ON PURPOSE: a @MappedEntity not named *Row (only its annotation says it is a row). */
@MappedEntity("unconventional")
public class UnconventionalEntity {

    @Id
    private UUID id;
}
