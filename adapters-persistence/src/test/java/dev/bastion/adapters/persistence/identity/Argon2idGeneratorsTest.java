package dev.bastion.adapters.persistence.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.junit.jupiter.api.Test;

class Argon2idGeneratorsTest {

    private static final Argon2idSettings SMALL = new Argon2idSettings(64, 1, 1);
    private static final Argon2idSettings OTHER = new Argon2idSettings(96, 2, 2);

    @Test
    void theShippedBouncyCastleLetsAGeneratorKeepItsMemory() {
        // fails when a BouncyCastle upgrade renames the field: hashing would still be right, but
        // every sign-in would allocate its 19 MiB again (see Argon2idGenerators)
        assertThat(Argon2idGenerators.reusesMemory()).isTrue();
    }

    @Test
    void aKeptGeneratorGivesWhatAFreshOneGivesForEverySaltPasswordAndCost() {
        Argon2idGenerators generators = new Argon2idGenerators();
        Random random = new Random(17);
        for (int i = 0; i < 60; i++) {
            // mostly the same cost in a row (the kept path), sometimes another one and back
            Argon2idSettings cost = i % 7 == 6 ? OTHER : SMALL;
            byte[] password = new byte[random.nextInt(24)];
            random.nextBytes(password);
            byte[] salt = new byte[8 + random.nextInt(16)];
            random.nextBytes(salt);
            int length = 16 + random.nextInt(32);

            assertThat(generators.derive(password, salt, cost, length))
                    .as("hash %d", i)
                    .isEqualTo(fresh(password, salt, cost, length));
        }
    }

    @Test
    void aKnownVectorFromTheReferenceImplementationComesOutAfterAnotherSaltWasHashed() {
        // the reference argon2 CLI: echo -n password | argon2 somesalt -id -t 2 -m 16 -p 1 -l 32 -e
        Argon2idSettings cost = new Argon2idSettings(65_536, 2, 1);
        byte[] expected = Base64.getDecoder().decode("CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc");
        Argon2idGenerators generators = new Argon2idGenerators();
        byte[] password = "password".getBytes(StandardCharsets.UTF_8);

        generators.derive(password, "othersalt".getBytes(StandardCharsets.UTF_8), cost, 32);
        byte[] kept = generators.derive(password, "somesalt".getBytes(StandardCharsets.UTF_8), cost, 32);

        assertThat(HexFormat.of().formatHex(kept)).isEqualTo(HexFormat.of().formatHex(expected));
    }

    @Test
    void theSecondHashOnAThreadDoesNotAllocateTheMemoryAgain() {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        Argon2idGenerators generators = new Argon2idGenerators();
        byte[] password = "correct horse".getBytes(StandardCharsets.UTF_8);

        long before = threads.getThreadAllocatedBytes(thread);
        generators.derive(password, "first salt".getBytes(StandardCharsets.UTF_8), Argon2idSettings.OWASP, 32);
        long first = threads.getThreadAllocatedBytes(thread) - before;
        before = threads.getThreadAllocatedBytes(thread);
        generators.derive(password, "second salt".getBytes(StandardCharsets.UTF_8), Argon2idSettings.OWASP, 32);
        long second = threads.getThreadAllocatedBytes(thread) - before;

        assertThat(first).as("the first hash allocates the 19 MiB").isGreaterThan(19L * 1024 * 1024);
        assertThat(second).as("the next one keeps them").isLessThan(1024L * 1024);
    }

    @Test
    void threadsHashingAtOnceEachKeepTheirOwnGenerator() throws Exception {
        Argon2idGenerators generators = new Argon2idGenerators();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Callable<Void>> hashers = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                int seed = t;
                hashers.add(() -> {
                    Random random = new Random(seed);
                    for (int i = 0; i < 25; i++) {
                        byte[] password = new byte[12];
                        random.nextBytes(password);
                        byte[] salt = new byte[16];
                        random.nextBytes(salt);
                        assertThat(generators.derive(password, salt, SMALL, 32)).isEqualTo(fresh(password, salt, SMALL, 32));
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(hashers)) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static byte[] fresh(byte[] password, byte[] salt, Argon2idSettings cost, int length) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(cost.memoryKib())
                .withIterations(cost.iterations())
                .withParallelism(cost.parallelism())
                .withSalt(salt)
                .build());
        byte[] out = new byte[length];
        generator.generateBytes(password, out);
        return out;
    }
}
