package dev.bastion.adapters.rest.security;

import dev.bastion.application.identity.signin.AuthSettings;
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
    private final AuthSettings settings;

    AccessTokens(TokenGenerator generator, AuthSettings settings) {
        this.generator = generator;
        this.settings = settings;
    }

    public String mint(UserId user, SessionId session, Instant now) {
        long issuedAt = now.getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", user.toString());
        claims.put(Caller.SESSION, session.toString());
        claims.put("iat", issuedAt);
        claims.put("nbf", issuedAt);
        claims.put("exp", issuedAt + settings.accessTokenTtl().toSeconds());
        claims.put("jti", UuidV7.next().toString());
        return generator.generateToken(claims)
                .orElseThrow(() -> new IllegalStateException("no JWT signature is configured"));
    }

    public long accessTokenSeconds() {
        return settings.accessTokenTtl().toSeconds();
    }
}
