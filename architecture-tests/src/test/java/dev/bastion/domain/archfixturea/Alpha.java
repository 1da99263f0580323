package dev.bastion.domain.archfixturea;

import dev.bastion.domain.archfixtureb.Beta;

/** WRONG ON PURPOSE: one half of a cycle between two domain contexts. */
public final class Alpha {

    private Beta beta;
}
