package dev.bastion.domain.identity;

/**
 * Where a request came from: the client address (after trusted proxies) and the user agent,
 * cut to sizes a log or a listing can hold.
 */
public record ClientInfo(String ip, String userAgent) {

    public static final int MAX_IP = 64;
    public static final int MAX_USER_AGENT = 512;

    public ClientInfo {
        ip = cut(ip == null || ip.isBlank() ? "unknown" : ip.strip(), MAX_IP);
        userAgent = cut(userAgent == null ? "" : userAgent.strip(), MAX_USER_AGENT);
    }

    private static String cut(String value, int max) {
        String clean = value.replaceAll("\\p{Cntrl}", " ");
        return clean.length() <= max ? clean : clean.substring(0, max);
    }
}
