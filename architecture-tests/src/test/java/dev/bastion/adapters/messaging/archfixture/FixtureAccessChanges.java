package dev.bastion.adapters.messaging.archfixture;

import dev.bastion.application.access.AccessChanges;

/** Compliant: messaging implements the AccessChanges port. */
public final class FixtureAccessChanges implements AccessChanges {

    @Override
    public void announce() {
    }
}
