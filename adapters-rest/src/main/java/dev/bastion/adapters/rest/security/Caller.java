package dev.bastion.adapters.rest.security;

import dev.bastion.domain.identity.SessionId;
import dev.bastion.domain.identity.UserId;
import io.micronaut.security.authentication.Authentication;
import java.util.UUID;

/** Who is calling: the user and session of the access token, as checked for this request. */
public record Caller(UserId userId, SessionId sessionId, boolean passwordChangeRequired) {

    static final String SESSION = "sid";
    static final String PASSWORD_CHANGE_REQUIRED = "pcr";

    public static Caller of(Authentication authentication) {
        Object changeRequired = authentication.getAttributes().get(PASSWORD_CHANGE_REQUIRED);
        return new Caller(new UserId(UUID.fromString(authentication.getName())),
                new SessionId(UUID.fromString(String.valueOf(authentication.getAttributes().get(SESSION)))),
                Boolean.TRUE.equals(changeRequired));
    }
}
