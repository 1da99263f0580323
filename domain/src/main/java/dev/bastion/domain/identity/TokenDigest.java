package dev.bastion.domain.identity;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** SHA-256 of a refresh token, hex: what the session keeps instead of the token. */
public record TokenDigest(String hex) {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    public TokenDigest {
        if (hex == null || !HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("not a SHA-256 hex digest");
        }
    }

    /** Constant-time comparison, so timing says nothing about how much of a guess was right. */
    public boolean sameAs(TokenDigest other) {
        return MessageDigest.isEqual(hex.getBytes(StandardCharsets.US_ASCII), other.hex.getBytes(StandardCharsets.US_ASCII));
    }
}
