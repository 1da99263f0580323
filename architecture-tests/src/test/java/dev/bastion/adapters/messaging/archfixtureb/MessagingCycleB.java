package dev.bastion.adapters.messaging.archfixtureb;

import dev.bastion.adapters.messaging.archfixturea.MessagingCycleA;

/** WRONG ON PURPOSE: the other half of the cycle. */
public final class MessagingCycleB {

    private MessagingCycleA other;
}
