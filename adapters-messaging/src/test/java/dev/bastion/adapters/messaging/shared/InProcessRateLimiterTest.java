package dev.bastion.adapters.messaging.shared;

import dev.bastion.domain.shared.RateLimiter;

class InProcessRateLimiterTest extends RateLimiterContract {

    @Override
    protected RateLimiter newLimiter() {
        return new InProcessRateLimiter();
    }
}
