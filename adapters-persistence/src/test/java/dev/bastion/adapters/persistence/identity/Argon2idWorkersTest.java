package dev.bastion.adapters.persistence.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class Argon2idWorkersTest {

    @Test
    void noMoreDerivationsRunAtOnceThanConfigured() throws InterruptedException {
        Argon2idWorkers workers = new Argon2idWorkers(2);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        List<Thread> callers = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(12);
        for (int i = 0; i < 12; i++) {
            Thread caller = new Thread(() -> {
                workers.derive(() -> {
                    mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                    sleep(20);
                    running.decrementAndGet();
                    return null;
                });
                done.countDown();
            });
            caller.start();
            callers.add(caller);
        }
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(mostAtOnce).hasValue(2);
        workers.close();
    }

    @Test
    void derivationsRunOnTheWorkersNotOnTheCaller() {
        Argon2idWorkers workers = new Argon2idWorkers(1);
        String thread = workers.derive(() -> Thread.currentThread().getName());
        assertThat(thread).isEqualTo("argon2id-1").isNotEqualTo(Thread.currentThread().getName());
        workers.close();
    }

    @Test
    void aFailureReachesTheCallerAsItWas() {
        Argon2idWorkers workers = new Argon2idWorkers(1);
        assertThatThrownBy(() -> workers.derive(() -> {
            throw new IllegalArgumentException("bad salt");
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("bad salt");
        workers.close();
    }

    @Test
    void byDefaultHalfTheCoresHashAtLeastOne() {
        assertThat(Argon2idWorkers.defaultSize(1)).isEqualTo(1);
        assertThat(Argon2idWorkers.defaultSize(2)).isEqualTo(1);
        assertThat(Argon2idWorkers.defaultSize(3)).isEqualTo(1);
        assertThat(Argon2idWorkers.defaultSize(8)).isEqualTo(4);
    }

    @Test
    void aSettingThatIsNotANumberIsRefusedNamingIt() {
        assertThatThrownBy(() -> new Argon2idWorkers("abc"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("BASTION_ARGON2_CONCURRENCY")
                .hasMessageContaining("abc");
        new Argon2idWorkers(" 2 ").close();
    }

    @Test
    void zeroMeansTheDefaultAndANegativeCountIsRefused() {
        new Argon2idWorkers(0).close();
        assertThatThrownBy(() -> new Argon2idWorkers(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("BASTION_ARGON2_CONCURRENCY");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
