package dev.bastion.domain.shared;

import java.time.Duration;
import java.util.Objects;

/** Too many requests from one client: try again after {@link #retryAfter()}. */
public final class RateLimitedException extends DomainException {

    private final Duration retryAfter;

    public RateLimitedException(Duration retryAfter) {
        super(ErrorCode.RATE_LIMITED, "too many attempts; try again in " + Math.max(1, retryAfter.toSeconds())
                + " s");
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
