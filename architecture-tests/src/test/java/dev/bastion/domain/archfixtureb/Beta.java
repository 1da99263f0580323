package dev.bastion.domain.archfixtureb;

import dev.bastion.domain.archfixturea.Alpha;

/** WRONG ON PURPOSE: the other half of the cycle. */
public final class Beta {

    private Alpha alpha;
}
