package dev.bastion.application.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InMemoryTransactionsTest {

    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final ExecutorService threads = Executors.newFixedThreadPool(4);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void a_transaction_returns_what_its_work_returns() {
        assertThat(transactions.inTransaction(() -> 42)).isEqualTo(42);
    }

    @Test
    void every_transaction_begun_is_counted() {
        transactions.inTransaction(() -> 1);
        transactions.inExclusiveTransaction("lock", () -> 2);

        assertThat(transactions.started()).isEqualTo(2);
    }

    @Test
    void the_work_runs_inside_a_transaction_and_what_follows_outside() {
        assertThat(transactions.inTransaction(transactions::active)).isTrue();
        assertThat(transactions.inExclusiveTransaction("lock", transactions::active)).isTrue();
        assertThat(transactions.active()).isFalse();
    }

    @Test
    void work_under_the_same_lock_never_overlaps() throws Exception {
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger mostInside = new AtomicInteger();
        List<Future<?>> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            runs.add(threads.submit(() -> transactions.inExclusiveTransaction("seed", () -> {
                mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                sleep(20);
                return inside.decrementAndGet();
            })));
        }
        for (Future<?> run : runs) {
            run.get(5, TimeUnit.SECONDS);
        }

        assertThat(mostInside).hasValue(1);
    }

    @Test
    void work_under_different_locks_runs_side_by_side() throws Exception {
        CountDownLatch bothInside = new CountDownLatch(2);
        Future<Boolean> a = threads.submit(() -> transactions.inExclusiveTransaction("a", () -> awaitOther(bothInside)));
        Future<Boolean> b = threads.submit(() -> transactions.inExclusiveTransaction("b", () -> awaitOther(bothInside)));

        assertThat(a.get(5, TimeUnit.SECONDS)).isTrue();
        assertThat(b.get(5, TimeUnit.SECONDS)).isTrue();
    }

    private static boolean awaitOther(CountDownLatch bothInside) {
        bothInside.countDown();
        try {
            return bothInside.await(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
