package dev.bastion.bench.argon2;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * The product's Argon2id exactly (adapters-persistence identity/Argon2idSettings.OWASP and
 * Argon2idPasswordHasher): 19 456 KiB, 2 iterations, 1 lane, 16-byte salt, 32-byte hash, version 0x13,
 * the password as UTF-8, the PHC string with unpadded Base64.
 */
final class Argon2Cost {

    static final int MEMORY_KIB = 19_456;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;
    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;

    private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();

    private Argon2Cost() {
    }

    /** BouncyCastle, as Argon2idPasswordHasher.derive does it. */
    static byte[] bouncyCastle(String password, byte[] salt) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(MEMORY_KIB)
                .withIterations(ITERATIONS)
                .withParallelism(PARALLELISM)
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] bytes = password.getBytes(StandardCharsets.UTF_8);
        try {
            byte[] out = new byte[HASH_BYTES];
            generator.generateBytes(bytes, out);
            return out;
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** The product's stored form of a derived hash. */
    static String phc(byte[] salt, byte[] hash) {
        return "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM + "$"
                + ENCODER.encodeToString(salt) + "$" + ENCODER.encodeToString(hash);
    }
}
