package dev.bastion.adapters.messaging.archfixturea;

import dev.bastion.adapters.messaging.archfixtureb.MessagingCycleB;

/** WRONG ON PURPOSE: one half of a cycle between two messaging contexts. */
public final class MessagingCycleA {

    private MessagingCycleB other;
}
