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
    public static final int MAX_IP = 64;
    public static final int MAX_USER_AGENT = 512;

    public LoginLogEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(outcome, "outcome");
        username = username == null ? "" : cut(username.replaceAll("\\p{Cc}", " "), MAX_USERNAME);
        ip = ip == null || ip.isBlank() ? "unknown" : cut(ip.replaceAll("\\p{Cc}", " ").strip(), MAX_IP);
        userAgent = userAgent == null ? "" : cut(userAgent.replaceAll("\\p{Cc}", " "), MAX_USER_AGENT);
    }

    public static LoginLogEntry of(Instant at, String username, String ip, String userAgent, LoginOutcome outcome) {
        return new LoginLogEntry(UuidV7.next(), at, username, ip, userAgent, outcome);
    }

    /** At most {@code max} characters as PostgreSQL counts them (code points), never half a pair. */
    private static String cut(String value, int max) {
        return value.codePointCount(0, value.length()) <= max ? value
                : value.substring(0, value.offsetByCodePoints(0, max));
    }
}
