package dev.bastion.application.identity.sessions;

import dev.bastion.domain.identity.SessionId;
import dev.bastion.domain.identity.UserId;
import java.time.Duration;

/**
 * A signed-in caller asks for a stream ticket: single use, good for {@code lifetime}, standing for
 * the caller's current session (so it stops counting when the session ends).
 */
public interface IssueStreamTicket {

    Issued issue(UserId user, SessionId session);

    record Issued(String ticket, Duration lifetime) {

        @Override
        public String toString() {
            return "Issued[***, " + lifetime + "]";
        }
    }
}
