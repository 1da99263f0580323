package dev.bastion.domain.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An opaque refresh token: {@code <session id>.<256 random bits, base64url>}. The session id lets
 * the server find the session's family in one lookup; only the SHA-256 {@link #digest()} is stored.
 */
public final class RefreshToken {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final SessionId sessionId;
    private final String secret;

    private RefreshToken(SessionId sessionId, String secret) {
        this.sessionId = Objects.requireNonNull(sessionId, "sessionId");
        this.secret = Objects.requireNonNull(secret, "secret");
    }

    public static RefreshToken issue(SessionId sessionId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new RefreshToken(sessionId, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** Reads a token a client sent; empty when it cannot be one of ours. */
    public static Optional<RefreshToken> parse(String text) {
        if (text == null || text.length() != 36 + 1 + 43 || text.charAt(36) != '.') {
            return Optional.empty();
        }
        String secret = text.substring(37);
        if (!SECRET.matcher(secret).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new RefreshToken(SessionId.parse("refreshToken", text.substring(0, 36)), secret));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    public SessionId sessionId() {
        return sessionId;
    }

    /** The text handed to the client, once. */
    public String value() {
        return sessionId + "." + secret;
    }

    /** What the server keeps: SHA-256 of the whole token, hex. */
    public TokenDigest digest() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(value().getBytes(StandardCharsets.US_ASCII));
            return new TokenDigest(HexFormat.of().formatHex(hash));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "RefreshToken[" + sessionId + ", ***]";
    }
}
