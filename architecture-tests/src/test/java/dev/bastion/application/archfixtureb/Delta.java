package dev.bastion.application.archfixtureb;

import dev.bastion.application.archfixturea.Gamma;

/** WRONG ON PURPOSE: the other half of the cycle. */
public final class Delta {

    private Gamma gamma;
}
