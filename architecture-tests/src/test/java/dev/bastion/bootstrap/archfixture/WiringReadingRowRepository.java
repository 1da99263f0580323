package dev.bastion.bootstrap.archfixture;

import dev.bastion.adapters.persistence.archfixture.FixtureRowRepository;

/** WRONG ON PURPOSE: even bootstrap does not touch rows; they are private to persistence. */
public final class WiringReadingRowRepository {

    private FixtureRowRepository rows;
}
