package dev.bastion.adapters.rest.archfixture;

import dev.bastion.adapters.persistence.archfixture.LegacyUnannotatedRow;

/** WRONG ON PURPOSE: a controller using a row known only by its name (*Row, no annotation). */
public final class ControllerReadingPlainRow {

    private LegacyUnannotatedRow row;
}
