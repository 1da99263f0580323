package dev.bastion.domain.audit;

import dev.bastion.domain.shared.UuidV7;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One sign-in attempt. Never holds the password; {@code username} is what the client typed,
 * with control characters (C0, DEL, C1) as spaces and cut to 64 characters, since failed attempts
 * are exactly the ones with odd input.
 */
public record LoginLogEntry(UUID id, Instant at, String username, String ip, String userAgent,
                            LoginOutcome outcome) {

    public static final int MAX_USERNAME = 64;

    public LoginLogEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(outcome, "outcome");
        username = username == null ? "" : cut(username.replaceAll("\\p{Cc}", " "), MAX_USERNAME);
        ip = Objects.requireNonNullElse(ip, "unknown");
        userAgent = Objects.requireNonNullElse(userAgent, "");
    }

    public static LoginLogEntry of(Instant at, String username, String ip, String userAgent, LoginOutcome outcome) {
        return new LoginLogEntry(UuidV7.next(), at, username, ip, userAgent, outcome);
    }

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
