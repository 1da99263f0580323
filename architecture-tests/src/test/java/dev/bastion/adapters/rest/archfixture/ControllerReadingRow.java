package dev.bastion.adapters.rest.archfixture;

import dev.bastion.adapters.persistence.archfixture.FixtureRow;

/** WRONG ON PURPOSE: a controller handing out a @MappedEntity row. */
public final class ControllerReadingRow {

    public FixtureRow show() {
        return null;
    }
}
