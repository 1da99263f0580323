package dev.bastion.domain.identity;

/**
 * Where a request came from: the client address (after trusted proxies) and the user agent,
 * cut to sizes a log or a listing can hold.
 */
public record ClientInfo(String ip, String userAgent) {

    public static final int MAX_IP = 64;
    public static final int MAX_USER_AGENT = 512;

    public ClientInfo {
        ip = normalize(ip, MAX_IP);
        ip = ip.isEmpty() ? "unknown" : ip;
        userAgent = normalize(userAgent, MAX_USER_AGENT);
    }

    /** Control characters become spaces first, then the ends are stripped: normalizing twice changes nothing. */
    private static String normalize(String value, int max) {
        String clean = value == null ? "" : value.replaceAll("\\p{Cntrl}", " ").strip();
        return clean.codePointCount(0, clean.length()) <= max ? clean
                : clean.substring(0, clean.offsetByCodePoints(0, max)).strip();
    }
}
