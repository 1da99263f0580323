package dev.bastion.adapters.rest.identity.csv;

import dev.bastion.adapters.rest.shared.RowCount;
import io.micronaut.serde.annotation.Serdeable;

/** The answer to a successful import: how many users it created. */
@Serdeable
record UsersImportedResponse(int imported) implements RowCount {

    @Override
    public long rows() {
        return imported;
    }
}
