package dev.bastion.domain.identity;

import java.util.regex.Pattern;

/**
 * Where a request came from: the client address (after trusted proxies) and the user agent,
 * cut to sizes a log or a listing can hold.
 */
public record ClientInfo(String ip, String userAgent) {

    public static final int MAX_IP = 64;
    public static final int MAX_USER_AGENT = 512;

    /** C0 and C1 control characters and DEL (Unicode category Cc). */
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

    public ClientInfo {
        ip = clean(ip, MAX_IP);
        if (ip.isEmpty()) {
            ip = "unknown";
        }
        userAgent = clean(userAgent, MAX_USER_AGENT);
    }

    /**
     * Control characters become spaces, surrounding whitespace goes, then the value is cut to
     * {@code max}. Cleaning a clean value changes nothing, so a stored value reads back equal.
     */
    private static String clean(String value, int max) {
        if (value == null) {
            return "";
        }
        String clean = CONTROL.matcher(value).replaceAll(" ").strip();
        // Counted in code points, as PostgreSQL counts varchar lengths; never half a surrogate pair.
        return clean.codePointCount(0, clean.length()) <= max ? clean
                : clean.substring(0, clean.offsetByCodePoints(0, max)).stripTrailing();
    }
}
