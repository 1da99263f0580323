package dev.bastion.application.audit;

import static dev.bastion.application.audit.OperationLogFixtures.record;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.application.testing.InMemoryOperationLog;
import dev.bastion.domain.audit.OperationLogEntry;
import dev.bastion.domain.audit.OperationRecord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RecordOperationServiceTest {

    private final InMemoryOperationLog log = new InMemoryOperationLog();
    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private final List<RecordOperationService> started = new ArrayList<>();

    private RecordOperationService recorder(dev.bastion.domain.audit.OperationLog store, int capacity) {
        RecordOperationService recorder = new RecordOperationService(store, capacity, Duration.ofSeconds(5), warnings::add);
        started.add(recorder);
        return recorder;
    }

    @AfterEach
    void closeAll() {
        started.forEach(r -> r.close(Duration.ofSeconds(1)));
    }

    @Test
    void records_are_written_in_the_order_given_with_the_actor_named() {
        UUID actor = UUID.randomUUID();
        log.name(actor, "jane");
        RecordOperationService recorder = recorder(log, 100);
        List<OperationRecord> records = IntStream.range(0, 50)
                .mapToObj(i -> record(OperationLogFixtures.T.plusSeconds(i), actor, 200)).toList();

        records.forEach(recorder::record);
        recorder.close(Duration.ofSeconds(5));

        assertThat(log.entries()).extracting(OperationLogEntry::id)
                .containsExactlyElementsOf(records.stream().map(OperationRecord::id).toList());
        assertThat(log.entries()).allSatisfy(e -> assertThat(e.record().actorUsername()).isEqualTo("jane"));
        assertThat(recorder.written()).isEqualTo(50);
        assertThat(recorder.dropped()).isZero();
    }

    @Test
    void records_arriving_together_are_written_in_one_transaction() throws Exception {
        List<Integer> transactions = new CopyOnWriteArrayList<>();
        DelegatingLog counting = new DelegatingLog(log) {
            @Override
            public void appendAll(List<OperationRecord> records) {
                transactions.add(records.size());
                super.appendAll(records);
            }
        };
        RecordOperationService recorder = recorder(counting, 100);

        recorder.record(record(OperationLogFixtures.T, null, 200));
        Thread.sleep(10);
        IntStream.range(1, 20).forEach(i -> recorder.record(record(OperationLogFixtures.T.plusSeconds(i), null, 200)));
        recorder.close(Duration.ofSeconds(5));

        assertThat(transactions).as("a burst within the linger is one batch").containsExactly(20);
    }

    @Test
    void a_full_queue_drops_and_counts_without_blocking() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch writing = new CountDownLatch(1);
        StalledLog stalled = new StalledLog(log, writing, release);
        RecordOperationService recorder = recorder(stalled, 3);
        recorder.record(record(0));
        assertThat(writing.await(5, TimeUnit.SECONDS)).isTrue(); // the writer holds the first, stalled

        long start = System.nanoTime();
        List<Boolean> taken = IntStream.range(1, 10).mapToObj(i -> recorder.record(record(i))).toList();
        long tookMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(taken).containsExactly(true, true, true, false, false, false, false, false, false);
        assertThat(recorder.dropped()).isEqualTo(6);
        assertThat(recorder.depth()).isEqualTo(3);
        assertThat(tookMillis).isLessThan(1_000);
        release.countDown();
        recorder.close(Duration.ofSeconds(5));
        assertThat(log.entries()).hasSize(4);
    }

    @Test
    void close_writes_everything_queued_before_it_returns_and_takes_nothing_after() {
        CountDownLatch release = new CountDownLatch(1);
        StalledLog stalled = new StalledLog(log, new CountDownLatch(1), release);
        RecordOperationService recorder = recorder(stalled, 10_000);
        IntStream.range(0, 2_000).forEach(i -> recorder.record(record(i)));
        release.countDown();

        recorder.close(Duration.ofSeconds(10));

        assertThat(log.entries()).hasSize(2_000);
        assertThat(recorder.depth()).isZero();
        assertThat(recorder.record(record(5_000))).isFalse();
        assertThat(recorder.dropped()).isEqualTo(1);
    }

    @Test
    void a_failing_store_is_tried_again_and_nothing_is_lost() {
        FlakyLog flaky = new FlakyLog(log, 3);
        RecordOperationService recorder = recorder(flaky, 100);
        IntStream.range(0, 10).forEach(i -> recorder.record(record(i)));

        recorder.close(Duration.ofSeconds(10));

        assertThat(log.entries()).hasSize(10);
        assertThat(warnings).hasSize(3).allSatisfy(w -> assertThat(w).contains("could not write"));
    }

    @Test
    void a_store_still_failing_at_the_close_deadline_is_reported() {
        FlakyLog down = new FlakyLog(log, Integer.MAX_VALUE);
        RecordOperationService recorder = recorder(down, 100);
        IntStream.range(0, 10).forEach(i -> recorder.record(record(i)));

        recorder.close(Duration.ofMillis(300));

        assertThat(log.entries()).isEmpty();
        assertThat(warnings).anySatisfy(w -> assertThat(w).contains("10 entries"));
    }

    /** Holds the first write until released. */
    private static final class StalledLog extends DelegatingLog {
        private final CountDownLatch writing;
        private final CountDownLatch release;

        StalledLog(InMemoryOperationLog log, CountDownLatch writing, CountDownLatch release) {
            super(log);
            this.writing = writing;
            this.release = release;
        }

        @Override
        public void appendAll(List<OperationRecord> records) {
            writing.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            super.appendAll(records);
        }
    }

    /** Fails the first {@code failures} writes. */
    private static final class FlakyLog extends DelegatingLog {
        private int failures;

        FlakyLog(InMemoryOperationLog log, int failures) {
            super(log);
            this.failures = failures;
        }

        @Override
        public void appendAll(List<OperationRecord> records) {
            if (failures-- > 0) {
                throw new IllegalStateException("database away");
            }
            super.appendAll(records);
        }
    }
}
