package dev.bastion.adapters.rest.security;

import dev.bastion.domain.shared.Clock;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/**
 * An access token is accepted only within its lifetime, by the same clock that minted it: it must
 * carry {@code exp} (Micronaut checks {@code exp} only when present, so a token without one would
 * live for ever) and be before it, and must not be used before its {@code nbf} or {@code iat}
 * (Micronaut does not check {@code nbf} unless told to). Instances may disagree on the time by a
 * little, so the start of the lifetime is allowed {@link #SKEW}; its end is not.
 */
@Singleton
final class TokenLifetimeValidator<T> implements GenericJwtClaimsValidator<T> {

    static final Duration SKEW = Duration.ofSeconds(30);

    private final Clock clock;

    TokenLifetimeValidator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean validate(Claims claims, @Nullable T request) {
        Instant now = clock.now();
        Optional<Instant> expires = instant(claims.get(Claims.EXPIRATION_TIME));
        if (expires.isEmpty() || !now.isBefore(expires.get())) {
            return false;
        }
        Instant latestStart = now.plus(SKEW);
        return instant(claims.get(Claims.NOT_BEFORE)).map(nbf -> !nbf.isAfter(latestStart)).orElse(true)
                && instant(claims.get(Claims.ISSUED_AT)).map(iat -> !iat.isAfter(latestStart)).orElse(false);
    }

    /** A NumericDate claim as the JWT library hands it over (a {@link Date}, or seconds since the epoch). */
    private static Optional<Instant> instant(@Nullable Object value) {
        if (value instanceof Date date) {
            return Optional.of(date.toInstant());
        }
        if (value instanceof Number seconds) {
            return Optional.of(Instant.ofEpochSecond(seconds.longValue()));
        }
        if (value instanceof Instant instant) {
            return Optional.of(instant);
        }
        return Optional.empty();
    }
}
