package dev.bastion.domain.identity;

/** "Hashes" by prefixing {@code $fake$v=1$x$}: enough to tell which password a hash stands for. */
final class FakePasswordHasher implements PasswordHasher {

    private static final String PREFIX = "$fake$v=1$x$";

    @Override
    public PasswordHash hash(CharSequence rawPassword) {
        return new PasswordHash(PREFIX + rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, PasswordHash hash) {
        return hash.encoded().equals(PREFIX + rawPassword);
    }

    @Override
    public boolean needsRehash(PasswordHash hash) {
        return false;
    }
}
