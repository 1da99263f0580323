package dev.bastion.domain.audit;

import dev.bastion.domain.shared.InvalidValueException;
import java.time.Instant;

/**
 * Filters of the login log; null means "any". {@code username} matches exactly, ignoring case;
 * {@code from} is inclusive and {@code to} exclusive.
 */
public record LoginLogQuery(String username, LoginOutcome outcome, Instant from, Instant to) {

    public LoginLogQuery {
        if (username != null && username.length() > LoginLogEntry.MAX_USERNAME) {
            throw new InvalidValueException("username", "must be at most 64 characters");
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidValueException("to", "must be after from");
        }
    }

    public static LoginLogQuery any() {
        return new LoginLogQuery(null, null, null, null);
    }
}
