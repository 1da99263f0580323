package dev.bastion.application.archfixture;

import dev.bastion.application.access.AccessChanges;

/** WRONG ON PURPOSE: the AccessChanges port implemented inside application. */
public final class DirectAccessChanges implements AccessChanges {

    @Override
    public void announce() {
    }
}
