package dev.bastion.adapters.messaging.archfixture;

import dev.bastion.domain.shared.Clock;

/** Compliant: a messaging adapter depending on the domain only. */
public final class FixtureMessagingAdapter {

    private final Clock clock;

    public FixtureMessagingAdapter(Clock clock) {
        this.clock = clock;
    }
}
