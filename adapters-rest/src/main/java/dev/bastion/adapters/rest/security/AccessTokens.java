package dev.bastion.adapters.rest.security;

import dev.bastion.application.identity.signin.AuthPolicies;
import dev.bastion.domain.identity.SessionId;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.shared.UuidV7;
import io.micronaut.security.token.generator.TokenGenerator;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Mints access tokens: HS256 JWTs (Micronaut Security) with {@code sub} (user), {@code sid}
 * (session), {@code iat}, {@code nbf}, {@code exp} and a unique {@code jti}.
 */
@Singleton
public final class AccessTokens {

    private final TokenGenerator generator;
    /** Read at each use: the access token lifetime is a run-time parameter. */
    private final AuthPolicies policies;

    AccessTokens(TokenGenerator generator, AuthPolicies policies) {
        this.generator = generator;
        this.policies = policies;
    }

    public String mint(UserId user, SessionId session, Instant now) {
        long issuedAt = now.getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", user.toString());
        claims.put(Caller.SESSION, session.toString());
        claims.put("iat", issuedAt);
        claims.put("nbf", issuedAt);
        claims.put("exp", issuedAt + policies.current().accessTokenTtl().toSeconds());
        claims.put("jti", UuidV7.next().toString());
        return generator.generateToken(claims)
                .orElseThrow(() -> new IllegalStateException("no JWT signature is configured"));
    }

    public long accessTokenSeconds() {
        return policies.current().accessTokenTtl().toSeconds();
    }
}
