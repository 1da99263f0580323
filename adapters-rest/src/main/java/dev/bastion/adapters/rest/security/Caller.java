package dev.bastion.adapters.rest.security;

import dev.bastion.domain.identity.SessionId;
import dev.bastion.domain.identity.SessionStore.ActiveSession;
import dev.bastion.domain.identity.UserId;
import io.micronaut.security.authentication.Authentication;
import java.util.Map;
import java.util.UUID;

/** Who is calling: the user and session of the access token, as checked for this request. */
public record Caller(UserId userId, SessionId sessionId, boolean passwordChangeRequired) {

    static final String SESSION = "sid";
    static final String PASSWORD_CHANGE_REQUIRED = "pcr";

    /** The authentication of a request made in {@code session}, live as just checked. */
    static Authentication authenticationOf(ActiveSession session) {
        return Authentication.build(session.userId().toString(), Map.of(
                SESSION, session.id().toString(),
                PASSWORD_CHANGE_REQUIRED, session.passwordChangeRequired()));
    }

    public static Caller of(Authentication authentication) {
        Object changeRequired = authentication.getAttributes().get(PASSWORD_CHANGE_REQUIRED);
        return new Caller(new UserId(UUID.fromString(authentication.getName())),
                new SessionId(UUID.fromString(String.valueOf(authentication.getAttributes().get(SESSION)))),
                Boolean.TRUE.equals(changeRequired));
    }
}
