package dev.bastion.application.identity.signin;

import dev.bastion.domain.identity.SessionId;
import dev.bastion.domain.identity.UserId;
import java.time.Instant;

/**
 * A session was opened or refreshed: what an adapter needs to answer the client (it mints the
 * access token for {@code userId}/{@code sessionId} itself).
 *
 * @param refreshToken the new refresh token, shown to the client once and never stored
 * @param at           when the session was opened or refreshed (the access token's issue time)
 */
public record SignedIn(UserId userId, SessionId sessionId, String refreshToken, Instant at, Instant refreshExpiresAt,
                       boolean passwordChangeRequired) {

    @Override
    public String toString() {
        return "SignedIn[" + userId + ", " + sessionId + "]";
    }
}
