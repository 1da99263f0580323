package dev.bastion.adapters.persistence.identity;

import dev.bastion.domain.identity.PasswordHash;
import dev.bastion.domain.identity.PasswordHasher;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Argon2id (RFC 9106) through BouncyCastle, stored in the PHC string format
 * {@code $argon2id$v=19$m=<KiB>,t=<iterations>,p=<lanes>$<salt>$<hash>} (unpadded Base64),
 * the format other Argon2 libraries read too. Comparison is constant-time. Derivations run on
 * {@link Argon2idWorkers}, a few threads of their own, each keeping its generator's memory
 * ({@link Argon2idGenerators}).
 */
@Singleton
public final class Argon2idPasswordHasher implements PasswordHasher {

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]{11,64})\\$([A-Za-z0-9+/]{16,128})");
    private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getDecoder();
    private static final byte[] UNUSED_SALT = new byte[SALT_BYTES];

    private final Argon2idSettings settings;
    private final Argon2idWorkers workers;
    private final SecureRandom random = new SecureRandom();
    private final Argon2idGenerators generators = new Argon2idGenerators();

    @Inject
    public Argon2idPasswordHasher(Argon2idSettings settings, Argon2idWorkers workers) {
        this.settings = settings;
        this.workers = workers;
    }

    @Override
    public PasswordHash hash(CharSequence rawPassword) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = workers.derive(() -> derive(rawPassword, salt, settings, HASH_BYTES));
        return new PasswordHash("$argon2id$v=19$m=" + settings.memoryKib() + ",t=" + settings.iterations()
                + ",p=" + settings.parallelism() + "$" + ENCODER.encodeToString(salt) + "$" + ENCODER.encodeToString(hash));
    }

    @Override
    public boolean matches(CharSequence rawPassword, PasswordHash stored) {
        Optional<Parsed> parsed = parse(stored);
        if (parsed.isEmpty()) {
            // A hash that is not Argon2id (PasswordHash.NONE of an imported user) matches nothing, but
            // costs a derivation all the same, so the answer's timing does not tell such users apart.
            workers.derive(() -> derive(rawPassword, UNUSED_SALT, settings, HASH_BYTES));
            return false;
        }
        Parsed p = parsed.get();
        byte[] candidate = workers.derive(() -> derive(rawPassword, p.salt(), p.settings(), p.hash().length));
        return MessageDigest.isEqual(candidate, p.hash());
    }

    @Override
    public boolean needsRehash(PasswordHash stored) {
        return parse(stored).map(p -> !p.settings().equals(settings)).orElse(true);
    }

    private byte[] derive(CharSequence rawPassword, byte[] salt, Argon2idSettings cost, int length) {
        byte[] password = utf8(rawPassword);
        try {
            return generators.derive(password, salt, cost, length);
        } finally {
            Arrays.fill(password, (byte) 0);
        }
    }

    private static byte[] utf8(CharSequence text) {
        var buffer = StandardCharsets.UTF_8.encode(CharBuffer.wrap(text));
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }

    private static Optional<Parsed> parse(PasswordHash stored) {
        Matcher m = PHC.matcher(stored.encoded());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            Argon2idSettings cost = new Argon2idSettings(
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            return Optional.of(new Parsed(cost, DECODER.decode(m.group(4)), DECODER.decode(m.group(5))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private record Parsed(Argon2idSettings settings, byte[] salt, byte[] hash) {
    }
}
