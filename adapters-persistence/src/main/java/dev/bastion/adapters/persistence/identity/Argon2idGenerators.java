package dev.bastion.adapters.persistence.identity;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.ref.SoftReference;
import java.util.Optional;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * One BouncyCastle Argon2id generator per hashing thread, its memory kept from one hash to the next.
 *
 * <p>Why: {@link Argon2BytesGenerator#init} allocates the whole Argon2 memory (19 MiB in 19 456
 * one-KiB blocks at OWASP's cost), and {@code init} is the only way its API takes a salt, so a
 * fresh generator per hash makes every sign-in put 19 MiB into the young generation. A young
 * collection then runs every few sign-ins and copies the blocks of the hash in flight: on two
 * cores that is milliseconds of pause for every other request (bench/RESULTS.md, "the probe beside
 * a sign-in burst"). Kept generators live in the old generation after their first collections
 * and cost the collector nothing more.
 *
 * <p>How: after the first {@code init} of a thread's generator (which allocates), the next hash
 * with the same cost sets the generator's parameters as {@code init} would, salt included,
 * without allocating again. The memory {@code init} gave depends only on the cost, which is why
 * a generator is kept per cost; BouncyCastle zeroes it at the end of every hash, and the first
 * pass overwrites every block. The parameters field is private, so it is set through a
 * {@link VarHandle}; where a BouncyCastle version has no such field, each hash gets a fresh
 * generator as before ({@link #reusesMemory()} tells which, and a test holds the shipped version
 * to reuse). The kept generator is softly referenced: under memory pressure the collector may
 * take it back, and the next hash allocates again.
 */
final class Argon2idGenerators {

    private static final Optional<VarHandle> PARAMETERS = parametersField();

    private final ThreadLocal<SoftReference<Kept>> kept = new ThreadLocal<>();

    /** The hash of {@code password} with {@code salt} at {@code cost}, {@code length} bytes long. */
    byte[] derive(byte[] password, byte[] salt, Argon2idSettings cost, int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(cost.memoryKib())
                .withIterations(cost.iterations())
                .withParallelism(cost.parallelism())
                .withSalt(salt)
                .build();
        byte[] out = new byte[length];
        generatorFor(cost, parameters).generateBytes(password, out);
        return out;
    }

    /** Whether this BouncyCastle lets a generator keep its memory (else every hash allocates it). */
    static boolean reusesMemory() {
        return PARAMETERS.isPresent();
    }

    private Argon2BytesGenerator generatorFor(Argon2idSettings cost, Argon2Parameters parameters) {
        if (PARAMETERS.isEmpty()) {
            return initialised(parameters);
        }
        SoftReference<Kept> reference = kept.get();
        Kept mine = reference == null ? null : reference.get();
        if (mine == null || !mine.cost().equals(cost)) {
            // a first hash on this thread, a collected generator, or another cost (a stored hash made
            // with other settings): init allocates memory for this cost, kept for the next hash
            mine = new Kept(cost, initialised(parameters));
            kept.set(new SoftReference<>(mine));
            return mine.generator();
        }
        PARAMETERS.get().set(mine.generator(), parameters);
        return mine.generator();
    }

    private static Argon2BytesGenerator initialised(Argon2Parameters parameters) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        return generator;
    }

    private static Optional<VarHandle> parametersField() {
        try {
            return Optional.of(MethodHandles.privateLookupIn(Argon2BytesGenerator.class, MethodHandles.lookup())
                    .findVarHandle(Argon2BytesGenerator.class, "parameters", Argon2Parameters.class));
        } catch (ReflectiveOperationException | RuntimeException notThere) {
            return Optional.empty();
        }
    }

    private record Kept(Argon2idSettings cost, Argon2BytesGenerator generator) {
    }
}
