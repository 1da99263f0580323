package dev.bastion.adapters.rest.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.bastion.domain.shared.Clock;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.annotation.SingleResult;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.generator.claims.JwtClaimsSetAdapter;
import io.micronaut.security.token.jwt.validator.JwtAuthenticationFactory;
import io.micronaut.security.token.jwt.validator.JwtClaimsValidator;
import io.micronaut.security.token.jwt.validator.ReactiveJsonWebTokenValidator;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Executor;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * The bearer-token validator (Micronaut's Nimbus one, wrapped by {@link VerifiedTokensInstaller})
 * with a memory of the access tokens whose signature it has verified, so that a token presented
 * again is not parsed and its HMAC not computed again. The memory holds at most
 * {@link #MAXIMUM_TOKENS} tokens, keyed by the exact token string, each until the token's
 * {@code exp} and never longer; only a token that passed every check (signature and claims) is
 * remembered, so a failed one is verified afresh each time.
 *
 * <p>A hit skips only the two steps that depend on nothing but the token's bytes and the key:
 * parsing and the signature. Everything that depends on the time or on state still runs on every
 * request, exactly as without the memory: every claims validator ({@link TokenLifetimeValidator}:
 * {@code exp}, {@code nbf}, {@code iat}; Micronaut's own) on the claims parsed once, and the
 * {@link JwtAuthenticationFactory} ({@link SessionBoundAuthenticationFactory}: is the session live
 * and the subject's), so a signed-out token is refused on the next request.
 */
final class VerifiedTokens<R> implements ReactiveJsonWebTokenValidator<JWT, R> {

    /** Tokens remembered at most; past that the least used leave. */
    static final long MAXIMUM_TOKENS = 4_096;

    /** A token that passed every check, with its claims as parsed then. */
    private record Verified(JWT token, JWTClaimsSet claims, Instant expiresAt) {
    }

    private final ReactiveJsonWebTokenValidator<JWT, R> delegate;
    private final List<? extends JwtClaimsValidator<R>> claimsValidators;
    private final JwtAuthenticationFactory authentications;
    private final Clock clock;
    /** Where the delegate would run {@link #validateToken} (Micronaut's execute-on-blocking option), or null. */
    @Nullable
    private final Scheduler scheduler;
    private final Cache<String, Verified> verified;

    VerifiedTokens(ReactiveJsonWebTokenValidator<JWT, R> delegate, List<? extends JwtClaimsValidator<R>> claimsValidators,
                   JwtAuthenticationFactory authentications, Clock clock, @Nullable Scheduler scheduler) {
        this(delegate, claimsValidators, authentications, clock, scheduler, Ticker.systemTicker(), null);
    }

    /** With the cache's ticker and maintenance executor ({@code null}: Caffeine's) chosen, for tests. */
    VerifiedTokens(ReactiveJsonWebTokenValidator<JWT, R> delegate, List<? extends JwtClaimsValidator<R>> claimsValidators,
                   JwtAuthenticationFactory authentications, Clock clock, @Nullable Scheduler scheduler,
                   Ticker ticker, @Nullable Executor maintenance) {
        this.delegate = delegate;
        this.claimsValidators = List.copyOf(claimsValidators);
        this.authentications = authentications;
        this.clock = clock;
        this.scheduler = scheduler;
        Caffeine<Object, Object> builder = Caffeine.newBuilder().maximumSize(MAXIMUM_TOKENS).ticker(ticker);
        if (maintenance != null) {
            builder.executor(maintenance);
        }
        this.verified = builder.expireAfter(new UntilExpiry(clock)).build();
    }

    @Override
    @SingleResult
    public Publisher<Authentication> validateToken(String token, @Nullable R request) {
        Mono<Authentication> authentication = Mono.from(validate(token, request))
                .mapNotNull(jwt -> authentications.createAuthentication(jwt).orElse(null));
        return scheduler == null ? authentication : authentication.subscribeOn(scheduler);
    }

    @NonNull
    @Override
    public Publisher<JWT> validate(@NonNull String token, @Nullable R request) {
        Verified known = verified.getIfPresent(token);
        if (known != null) {
            return claimsHold(known.claims(), request) ? Mono.just(known.token()) : Mono.empty();
        }
        return Mono.from(delegate.validate(token, request)).doOnNext(jwt -> remember(token, jwt));
    }

    /** Empties the memory: every token is verified afresh on its next use. */
    void forgetAll() {
        verified.invalidateAll();
    }

    /** Whether {@code token} is remembered as verified now. */
    boolean remembers(String token) {
        return verified.getIfPresent(token) != null;
    }

    /** How much longer {@code token} is remembered, if it is. */
    java.util.Optional<Duration> rememberedFor(String token) {
        return verified.policy().expireVariably().flatMap(expiry -> expiry.getExpiresAfter(token));
    }

    /** The number of tokens remembered, after pending evictions. */
    long size() {
        verified.cleanUp();
        return verified.estimatedSize();
    }

    private boolean claimsHold(JWTClaimsSet claims, @Nullable R request) {
        Claims adapted = new JwtClaimsSetAdapter(claims);
        for (JwtClaimsValidator<R> validator : claimsValidators) {
            if (!validator.validate(adapted, request)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Keeps a token the delegate has just accepted: only a signed token whose signature Nimbus
     * verified (never a plain one), only with an {@code exp}, and only before it.
     */
    private void remember(String token, JWT jwt) {
        if (!(jwt instanceof SignedJWT signed) || signed.getState() != SignedJWT.State.VERIFIED) {
            return;
        }
        JWTClaimsSet claims;
        try {
            claims = signed.getJWTClaimsSet();
        } catch (ParseException unreadable) {
            return;
        }
        Date expiration = claims.getExpirationTime();
        if (expiration == null || !clock.now().isBefore(expiration.toInstant())) {
            return;
        }
        verified.put(token, new Verified(signed, claims, expiration.toInstant()));
    }

    /** Each entry lives until its token's {@code exp} by {@link Clock}, counted from when it is stored. */
    private record UntilExpiry(Clock clock) implements Expiry<String, Verified> {

        @Override
        public long expireAfterCreate(String token, Verified entry, long currentTime) {
            return untilExpiry(entry);
        }

        @Override
        public long expireAfterUpdate(String token, Verified entry, long currentTime, long currentDuration) {
            return untilExpiry(entry);
        }

        @Override
        public long expireAfterRead(String token, Verified entry, long currentTime, long currentDuration) {
            return currentDuration;
        }

        private long untilExpiry(Verified entry) {
            Duration left = Duration.between(clock.now(), entry.expiresAt());
            if (left.isNegative() || left.isZero()) {
                return 0;
            }
            // saturated: a far-away exp must not overflow into the past
            return left.compareTo(Duration.ofDays(365)) > 0 ? Duration.ofDays(365).toNanos() : left.toNanos();
        }
    }
}
