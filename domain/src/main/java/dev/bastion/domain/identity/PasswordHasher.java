package dev.bastion.domain.identity;

/** One-way password hashing. Implementations compare in constant time. */
public interface PasswordHasher {

    PasswordHash hash(CharSequence rawPassword);

    boolean matches(CharSequence rawPassword, PasswordHash hash);

    /** True when the hash was made with weaker parameters than the current ones. */
    boolean needsRehash(PasswordHash hash);
}
