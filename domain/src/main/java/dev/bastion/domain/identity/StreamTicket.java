package dev.bastion.domain.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A short-lived, single-use stand-in for an access token where a client cannot send a header (a
 * browser's {@code EventSource} opening an event stream): 256 random bits, base64url. Only its
 * SHA-256 {@link #digest()} is kept, so a stored ticket cannot be replayed by whoever reads the store.
 */
public final class StreamTicket {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final String value;

    private StreamTicket(String value) {
        this.value = value;
    }

    public static StreamTicket issue() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new StreamTicket(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** Reads a ticket a client sent; empty when it cannot be one of ours. */
    public static Optional<StreamTicket> parse(String text) {
        return text != null && SHAPE.matcher(text).matches() ? Optional.of(new StreamTicket(text)) : Optional.empty();
    }

    /** The text handed to the client, once. */
    public String value() {
        return value;
    }

    public TokenDigest digest() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
            return new TokenDigest(HexFormat.of().formatHex(hash));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "StreamTicket[***]";
    }
}
