package dev.bastion.domain.identity;

import java.util.Objects;

/**
 * A password as stored: an encoded one-way hash in PHC string format
 * ({@code $argon2id$v=19$m=...,t=...,p=...$salt$hash}). Never the password itself;
 * {@link #toString()} does not print it so it cannot leak into logs.
 */
public record PasswordHash(String encoded) {

    public PasswordHash {
        Objects.requireNonNull(encoded, "encoded");
        if (!encoded.startsWith("$") || encoded.length() < 16) {
            throw new IllegalArgumentException("not a PHC-format password hash");
        }
    }

    /** The algorithm id of the PHC string, e.g. {@code argon2id}. */
    public String algorithm() {
        int end = encoded.indexOf('$', 1);
        return end < 0 ? encoded.substring(1) : encoded.substring(1, end);
    }

    @Override
    public String toString() {
        return "PasswordHash[" + algorithm() + "]";
    }
}
