package dev.bastion.adapters.persistence.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.adapters.persistence.testing.PostgresTest;
import dev.bastion.application.shared.Transactions;
import dev.bastion.domain.identity.PasswordHash;
import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.UserRepository;
import dev.bastion.domain.identity.Username;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@MicronautTest(startApplication = false, transactional = false)
class JdbcTransactionsTest extends PostgresTest {

    private static final PasswordHash HASH = new PasswordHash("$argon2id$v=19$m=64,t=1,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA");

    @Inject
    Transactions transactions;

    @Inject
    UserRepository users;

    @Test
    void aFailureRollsBackEveryWriteOfTheUnitOfWork() {
        User ghost = User.register(UserId.newId(), new Username("ghost"), null, null, HASH, false, Instant.now());

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            users.add(ghost);
            throw new IllegalStateException("boom after the insert");
        })).hasMessageContaining("boom");

        assertThat(users.findById(ghost.id())).isEmpty();
    }

    @Test
    void exclusiveTransactionsWithTheSameLockNeverOverlap() throws Exception {
        List<String> trace = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                int n = i;
                runs.add(pool.submit(() -> {
                    start.await();
                    return transactions.inExclusiveTransaction("test.lock", () -> {
                        trace.add("enter " + n);
                        sleep(50);
                        trace.add("leave " + n);
                        return n;
                    });
                }));
            }
            start.countDown();
            for (Future<?> run : runs) {
                run.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(trace).hasSize(8);
        for (int i = 0; i < trace.size(); i += 2) {
            assertThat(trace.get(i)).startsWith("enter");
            assertThat(trace.get(i + 1)).isEqualTo(trace.get(i).replace("enter", "leave"));
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
