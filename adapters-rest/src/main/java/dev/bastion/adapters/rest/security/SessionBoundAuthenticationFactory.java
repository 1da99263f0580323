package dev.bastion.adapters.rest.security;

import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.bastion.application.identity.sessions.CheckSession;
import dev.bastion.domain.identity.SessionId;
import dev.bastion.domain.identity.UserId;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.validator.DefaultJwtAuthenticationFactory;
import io.micronaut.security.token.jwt.validator.JwtAuthenticationFactory;
import jakarta.inject.Singleton;
import java.text.ParseException;
import java.util.Optional;

/**
 * Turns a validly signed, unexpired access token into the caller, but only while the session it
 * names ({@code sid}) is live and belongs to its subject. Logout, forced logout, reuse detection,
 * a password change or a disabled user end the session, so the token stops counting on the next
 * request on every instance, not at its expiry.
 */
@Singleton
@Replaces(DefaultJwtAuthenticationFactory.class)
final class SessionBoundAuthenticationFactory implements JwtAuthenticationFactory {

    private final CheckSession checkSession;

    SessionBoundAuthenticationFactory(CheckSession checkSession) {
        this.checkSession = checkSession;
    }

    @Override
    public Optional<Authentication> createAuthentication(JWT token) {
        UserId user;
        SessionId session;
        try {
            JWTClaimsSet claims = token.getJWTClaimsSet();
            user = UserId.parse("sub", claims.getSubject());
            session = SessionId.parse("sid", claims.getStringClaim(Caller.SESSION));
        } catch (ParseException | RuntimeException malformed) {
            return Optional.empty();
        }
        return checkSession.check(user, session).map(Caller::authenticationOf);
    }
}
