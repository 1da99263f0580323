package dev.bastion.application.archfixturea;

import dev.bastion.application.archfixtureb.Delta;

/** WRONG ON PURPOSE: one half of a cycle between two application contexts. */
public final class Gamma {

    private Delta delta;
}
