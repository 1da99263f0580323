package dev.bastion.bench.argon2;

import de.mkammerer.argon2.Argon2Advanced;
import de.mkammerer.argon2.Argon2Factory;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Hashes per second of one Argon2id derivation at the product's cost, BouncyCastle against the
 * native binding. Threads come from the command line ({@code -t 1}, {@code -t 2}): each thread
 * derives on its own, as the product's Argon2idWorkers threads do.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class Argon2Benchmark {

    private static final String PASSWORD = "bench-password-1";
    private static final byte[] PASSWORD_UTF8 = PASSWORD.getBytes(StandardCharsets.UTF_8);
    /** The salt does not change the work; a fixed one keeps SecureRandom out of the figure. */
    private static final byte[] SALT = "bastion-salt-16b".getBytes(StandardCharsets.US_ASCII);

    private Argon2Advanced nativeArgon2;

    @Setup
    public void load() {
        nativeArgon2 = Argon2Factory.createAdvanced(Argon2Factory.Argon2Types.ARGON2id,
                Argon2Cost.SALT_BYTES, Argon2Cost.HASH_BYTES);
    }

    @Benchmark
    public byte[] bouncyCastle() {
        return Argon2Cost.bouncyCastle(PASSWORD, SALT);
    }

    @Benchmark
    public byte[] nativeBinding() {
        return nativeArgon2.rawHash(Argon2Cost.ITERATIONS, Argon2Cost.MEMORY_KIB, Argon2Cost.PARALLELISM,
                PASSWORD_UTF8, SALT);
    }
}
