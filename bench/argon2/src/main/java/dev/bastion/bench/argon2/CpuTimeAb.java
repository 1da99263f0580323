package dev.bastion.bench.argon2;

import de.mkammerer.argon2.Argon2Advanced;
import de.mkammerer.argon2.Argon2Factory;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A back-to-back A/B for a shared, busy machine, where JMH's wall-clock hashes/s swing with other
 * processes: each thread alternates one BouncyCastle and one native hash, {@code rounds} times, and
 * the CPU time of its own thread is taken for each hash (other processes do not add to it). Prints the
 * median CPU ms per hash of each and the ratio; hashes/s per core = 1000 / median ms. With 2 threads
 * both run at once, so shared memory bandwidth shows. Run:
 * java -cp target/argon2-bench.jar dev.bastion.bench.argon2.CpuTimeAb [threads] [rounds]
 */
public final class CpuTimeAb {

    private static final String PASSWORD = "bench-password-1";
    private static final byte[] SALT = "bastion-salt-16b".getBytes(StandardCharsets.US_ASCII);

    private CpuTimeAb() {
    }

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        Argon2Advanced nativeArgon2 = Argon2Factory.createAdvanced(Argon2Factory.Argon2Types.ARGON2id,
                Argon2Cost.SALT_BYTES, Argon2Cost.HASH_BYTES);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        byte[] password = PASSWORD.getBytes(StandardCharsets.UTF_8);
        Callable<double[][]> work = () -> {
            double[][] ms = new double[2][rounds];
            for (int i = -10; i < rounds; i++) {   // 10 rounds of warm-up, not kept
                long t0 = cpu.getCurrentThreadCpuTime();
                Argon2Cost.bouncyCastle(PASSWORD, SALT);
                long t1 = cpu.getCurrentThreadCpuTime();
                nativeArgon2.rawHash(Argon2Cost.ITERATIONS, Argon2Cost.MEMORY_KIB, Argon2Cost.PARALLELISM, password,
                        SALT);
                long t2 = cpu.getCurrentThreadCpuTime();
                if (i >= 0) {
                    ms[0][i] = (t1 - t0) / 1e6;
                    ms[1][i] = (t2 - t1) / 1e6;
                }
            }
            return ms;
        };
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<double[][]>> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            running.add(pool.submit(work));
        }
        List<Double> bc = new ArrayList<>();
        List<Double> nat = new ArrayList<>();
        for (Future<double[][]> f : running) {
            double[][] ms = f.get();
            Arrays.stream(ms[0]).forEach(bc::add);
            Arrays.stream(ms[1]).forEach(nat::add);
        }
        pool.shutdown();
        double bcMedian = median(bc);
        double natMedian = median(nat);
        System.out.printf("threads %d, %d hashes each: BouncyCastle %.1f ms CPU/hash (%.1f/s per core), native %.1f ms"
                        + " (%.1f/s per core); native is %.2fx BouncyCastle's speed%n", threads, bc.size(), bcMedian,
                1000 / bcMedian, natMedian, 1000 / natMedian, bcMedian / natMedian);
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }
}
