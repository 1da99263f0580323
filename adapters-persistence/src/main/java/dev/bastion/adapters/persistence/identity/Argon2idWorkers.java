package dev.bastion.adapters.persistence.identity;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Property;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The threads that derive Argon2id hashes, a fixed few ({@code bastion.password.argon2.concurrency},
 * {@code BASTION_ARGON2_CONCURRENCY}; default half the cores, at least one). Each hash takes
 * 19 MiB and tens of milliseconds of one core, so 64 simultaneous sign-ins must not mean 64 hashes
 * at once: memory would balloon, the garbage collector thrash, and every other request wait for a
 * core. Nor may hashing run on the virtual threads' carriers, or a burst of sign-ins holds every
 * carrier. Requests queue here (a waiting virtual thread costs nothing) while the rest of the
 * server keeps its threads and at least half the cores.
 */
// @Context: built at start, so a bad BASTION_ARGON2_CONCURRENCY stops the start, not the first sign-in
@Context
public final class Argon2idWorkers {

    static final String CONCURRENCY_PROPERTY = "bastion.password.argon2.concurrency";

    private final ExecutorService threads;

    /** Read as text: Micronaut would quietly take the default for a value that is not a number. */
    @Inject
    Argon2idWorkers(@Property(name = CONCURRENCY_PROPERTY, defaultValue = "0") String concurrency) {
        this(parse(concurrency));
    }

    Argon2idWorkers(int concurrency) {
        if (concurrency < 0) {
            throw new IllegalArgumentException(CONCURRENCY_PROPERTY + " (BASTION_ARGON2_CONCURRENCY) must not be negative: "
                    + concurrency);
        }
        int size = concurrency == 0 ? defaultSize(Runtime.getRuntime().availableProcessors()) : concurrency;
        AtomicInteger count = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(size, task -> {
            Thread thread = new Thread(task, "argon2id-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    private static int parse(String concurrency) {
        try {
            return Integer.parseInt(concurrency.strip());
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException(CONCURRENCY_PROPERTY
                    + " (BASTION_ARGON2_CONCURRENCY) must be a whole number (0 = half the cores): " + concurrency);
        }
    }

    /** Half the cores, at least one: sign-ins never take the whole machine. */
    static int defaultSize(int cores) {
        return Math.max(1, cores / 2);
    }

    /** Runs {@code derivation} on one of the workers and waits for it. */
    <T> T derive(Supplier<T> derivation) {
        Future<T> result = threads.submit(derivation::get);
        try {
            return result.get();
        } catch (InterruptedException interrupted) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a password hash", interrupted);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(failed.getCause());
        }
    }

    @PreDestroy
    void close() {
        threads.shutdownNow();
    }
}
