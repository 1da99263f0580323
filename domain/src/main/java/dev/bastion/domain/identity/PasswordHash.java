package dev.bastion.domain.identity;

import java.util.Objects;

/**
 * A password as stored: an encoded one-way hash in PHC string format
 * ({@code $argon2id$v=19$m=...,t=...,p=...$salt$hash}). Never the password itself;
 * {@link #toString()} does not print it so it cannot leak into logs.
 */
public record PasswordHash(String encoded) {

    /**
     * The hash of a user who has no password (an imported one): its algorithm {@code none} is one no
     * hasher implements, so no password ever matches it. Nobody can sign in as such a user until an
     * administrator sets a password.
     */
    public static final PasswordHash NONE = new PasswordHash("$none$no-password-set");

    public PasswordHash {
        Objects.requireNonNull(encoded, "encoded");
        if (encoded.length() < 16 || !isPhcString(encoded)) {
            throw new IllegalArgumentException("not a PHC-format password hash");
        }
    }

    /**
     * {@code $<id>$<anything non-empty>} with a PHC id of 1 to 32 of {@code a-z 0-9 -}, so the id can be
     * printed and nothing else. Not a regex: it runs for every user row read (the regex was 8 % of a listing's CPU).
     */
    private static boolean isPhcString(String encoded) {
        if (encoded.isEmpty() || encoded.charAt(0) != '$') {
            return false;
        }
        int end = 1;
        while (end < encoded.length() && isPhcIdChar(encoded.charAt(end))) {
            end++;
        }
        int idLength = end - 1;
        return idLength >= 1 && idLength <= 32
                && end < encoded.length() && encoded.charAt(end) == '$'
                && end + 1 < encoded.length();
    }

    private static boolean isPhcIdChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    }

    /** The algorithm id of the PHC string, e.g. {@code argon2id}. */
    public String algorithm() {
        return encoded.substring(1, encoded.indexOf('$', 1));
    }

    @Override
    public String toString() {
        return "PasswordHash[" + algorithm() + "]";
    }
}
