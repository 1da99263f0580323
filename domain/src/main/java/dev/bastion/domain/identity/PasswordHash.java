package dev.bastion.domain.identity;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A password as stored: an encoded one-way hash in PHC string format
 * ({@code $argon2id$v=19$m=...,t=...,p=...$salt$hash}). Never the password itself;
 * {@link #toString()} does not print it so it cannot leak into logs.
 */
public record PasswordHash(String encoded) {

    /** {@code $<id>$...} with a PHC id ({@code [a-z0-9-]{1,32}}), so the id can be printed and nothing else. */
    private static final Pattern PHC = Pattern.compile("\\$[a-z0-9-]{1,32}\\$.+", Pattern.DOTALL);

    /**
     * The hash of a user who has no password (an imported one): its algorithm {@code none} is one no
     * hasher implements, so no password ever matches it. Nobody can sign in as such a user until an
     * administrator sets a password.
     */
    public static final PasswordHash NONE = new PasswordHash("$none$no-password-set");

    public PasswordHash {
        Objects.requireNonNull(encoded, "encoded");
        if (encoded.length() < 16 || !PHC.matcher(encoded).matches()) {
            throw new IllegalArgumentException("not a PHC-format password hash");
        }
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
