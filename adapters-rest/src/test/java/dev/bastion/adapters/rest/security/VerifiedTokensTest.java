package dev.bastion.adapters.rest.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.bastion.domain.shared.Clock;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.generator.claims.JwtClaimsSetAdapter;
import io.micronaut.security.token.jwt.validator.ReactiveJsonWebTokenValidator;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * The memory of verified tokens: a hit skips the delegate (parsing and HMAC) but never the
 * lifetime or the session; an entry leaves at its token's {@code exp}; a token that fails is never
 * remembered; the memory is bounded.
 */
class VerifiedTokensTest {

    private static final byte[] KEY = "unit-test-secret-that-is-at-least-32-bytes-long".getBytes(StandardCharsets.UTF_8);
    private static final Duration LIFETIME = Duration.ofMinutes(15);

    /** The clock of the claims checks and the ticker of the cache, moved together unless a test says otherwise. */
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private volatile Instant now = Instant.parse("2026-11-25T10:00:00Z");
    private final Clock clock = () -> now;
    private final Ticker ticker = nanos::get;

    private final Set<String> liveSessions = ConcurrentHashMap.newKeySet();
    private final AtomicInteger sessionChecks = new AtomicInteger();
    private final Verifying delegate = new Verifying(true);
    private final VerifiedTokens<Object> tokens = tokens(delegate);

    private VerifiedTokens<Object> tokens(ReactiveJsonWebTokenValidator<JWT, Object> verifier) {
        return new VerifiedTokens<>(verifier, List.of(new TokenLifetimeValidator<>(clock)), jwt -> {
            sessionChecks.incrementAndGet();
            try {
                JWTClaimsSet claims = jwt.getJWTClaimsSet();
                return liveSessions.contains(claims.getStringClaim(Caller.SESSION))
                        ? java.util.Optional.of(Authentication.build(claims.getSubject()))
                        : java.util.Optional.empty();
            } catch (ParseException e) {
                return java.util.Optional.empty();
            }
        }, clock, null, ticker, Runnable::run);
    }

    /**
     * What Micronaut's validator does: parse, verify the HMAC (Nimbus marks the token verified),
     * check the claims; or, when not {@code verifying}, accept any parsable token unverified.
     */
    private final class Verifying implements ReactiveJsonWebTokenValidator<JWT, Object> {
        final AtomicInteger calls = new AtomicInteger();
        final boolean verifying;

        Verifying(boolean verifying) {
            this.verifying = verifying;
        }

        @Override
        public Publisher<JWT> validate(String token, Object request) {
            calls.incrementAndGet();
            try {
                SignedJWT jwt = SignedJWT.parse(token);
                if (verifying && !jwt.verify(new MACVerifier(KEY))) {
                    return Mono.empty();
                }
                return new TokenLifetimeValidator<>(clock).validate(new JwtClaimsSetAdapter(jwt.getJWTClaimsSet()),
                        request) ? Mono.just(jwt) : Mono.empty();
            } catch (ParseException | JOSEException | RuntimeException invalid) {
                return Mono.empty();
            }
        }

        @Override
        public Publisher<Authentication> validateToken(String token, Object request) {
            throw new UnsupportedOperationException("the wrapper authenticates itself");
        }
    }

    private void advance(Duration by) {
        now = now.plus(by);
        nanos.addAndGet(by.toNanos());
    }

    private String mint(Instant issuedAt, byte[] key, Map<String, Object> overrides) {
        String session = UUID.randomUUID().toString();
        liveSessions.add(session);
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject(UUID.randomUUID().toString())
                .claim(Caller.SESSION, session).issueTime(Date.from(issuedAt)).notBeforeTime(Date.from(issuedAt))
                .expirationTime(Date.from(issuedAt.plus(LIFETIME))).jwtID(UUID.randomUUID().toString());
        overrides.forEach(claims::claim);
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
            jwt.sign(new MACSigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private String mint() {
        return mint(now, KEY, Map.of());
    }

    private boolean accepted(String token) {
        return Mono.from(tokens.validateToken(token, null)).blockOptional().isPresent();
    }

    /** The token with one character in the middle of its signature changed. */
    private static String tampered(String token) {
        int middle = token.lastIndexOf('.') + (token.length() - token.lastIndexOf('.')) / 2;
        char changed = token.charAt(middle) == 'A' ? 'B' : 'A';
        return token.substring(0, middle) + changed + token.substring(middle + 1);
    }

    @Test
    void aRememberedTokenSkipsTheDelegateButNotTheSessionCheck() {
        String token = mint();

        for (int i = 0; i < 5; i++) {
            assertThat(accepted(token)).isTrue();
        }

        assertThat(delegate.calls).hasValue(1);
        assertThat(sessionChecks).hasValue(5);
        assertThat(tokens.remembers(token)).isTrue();
    }

    @Test
    void aRememberedTokenOfAnEndedSessionIsRefusedOnTheNextRequest() throws Exception {
        String token = mint();
        assertThat(accepted(token)).isTrue();

        liveSessions.remove(SignedJWT.parse(token).getJWTClaimsSet().getStringClaim(Caller.SESSION));

        assertThat(accepted(token)).isFalse();
        assertThat(delegate.calls).as("refused from memory, by the session check").hasValue(1);
    }

    @Test
    void aRememberedTokenIsJudgedByTheClockOnEveryHit() {
        String token = mint();
        assertThat(accepted(token)).isTrue();

        // the claims' clock passes exp while the cache's ticker has not moved: only the lifetime check can refuse
        now = now.plus(LIFETIME);

        assertThat(tokens.remembers(token)).isTrue();
        assertThat(accepted(token)).isFalse();
        assertThat(delegate.calls).hasValue(1);
    }

    @Test
    void anEntryLeavesAtItsTokensExpiryAndNoLater() {
        String token = mint();
        advance(Duration.ofMinutes(5));
        assertThat(accepted(token)).isTrue();

        assertThat(tokens.rememberedFor(token)).hasValue(Duration.ofMinutes(10));
        advance(Duration.ofMinutes(10).minusSeconds(1));
        assertThat(accepted(token)).isTrue();
        assertThat(tokens.rememberedFor(token)).as("a read does not extend it").hasValue(Duration.ofSeconds(1));
        assertThat(delegate.calls).hasValue(1);

        advance(Duration.ofSeconds(1));

        assertThat(tokens.remembers(token)).isFalse();
        assertThat(tokens.size()).isZero();
        assertThat(accepted(token)).isFalse();
    }

    @Test
    void aTokenThatFailsIsNeverRemembered() {
        String genuine = mint();
        List<String> failing = List.of(
                "garbage",
                tampered(genuine),
                mint(now, "another-secret-that-is-also-32-bytes-or-more!!".getBytes(StandardCharsets.UTF_8), Map.of()),
                mint(now.minus(LIFETIME.multipliedBy(2)), KEY, Map.of()),
                mint(now, KEY, Map.of("nbf", now.plus(Duration.ofHours(1)).getEpochSecond())));

        for (String token : failing) {
            int before = delegate.calls.get();
            assertThat(accepted(token)).as(token).isFalse();
            assertThat(accepted(token)).as(token).isFalse();
            assertThat(delegate.calls.get() - before).as("verified afresh each time: %s", token).isEqualTo(2);
            assertThat(tokens.remembers(token)).as(token).isFalse();
        }
        assertThat(tokens.size()).isZero();
    }

    @Test
    void aTamperedCopyOfARememberedTokenIsVerifiedAndRefused() {
        String genuine = mint();
        assertThat(accepted(genuine)).isTrue();

        assertThat(accepted(tampered(genuine))).isFalse();

        assertThat(delegate.calls).hasValue(2);
        assertThat(accepted(genuine)).isTrue();
        assertThat(delegate.calls).hasValue(2);
    }

    @Test
    void aTokenAcceptedWithoutAVerifiedSignatureIsNotRemembered() {
        Verifying lax = new Verifying(false);
        VerifiedTokens<Object> laxTokens = tokens(lax);
        String token = mint();

        assertThat(Mono.from(laxTokens.validateToken(token, null)).blockOptional()).isPresent();
        assertThat(Mono.from(laxTokens.validateToken(token, null)).blockOptional()).isPresent();

        assertThat(lax.calls).hasValue(2);
        assertThat(laxTokens.remembers(token)).isFalse();
    }

    @Test
    void theMemoryIsBounded() {
        int many = (int) VerifiedTokens.MAXIMUM_TOKENS + 500;
        for (int i = 0; i < many; i++) {
            assertThat(accepted(mint())).isTrue();
        }

        assertThat(tokens.size()).isLessThanOrEqualTo(VerifiedTokens.MAXIMUM_TOKENS)
                .isGreaterThan(VerifiedTokens.MAXIMUM_TOKENS / 2);
    }

    @Test
    void forgettingEmptiesTheMemory() {
        String token = mint();
        assertThat(accepted(token)).isTrue();

        tokens.forgetAll();

        assertThat(tokens.remembers(token)).isFalse();
        assertThat(accepted(token)).isTrue();
        assertThat(delegate.calls).hasValue(2);
    }
}
