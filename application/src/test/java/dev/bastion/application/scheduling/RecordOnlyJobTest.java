package dev.bastion.application.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.application.testing.FakeJobContext;
import dev.bastion.domain.scheduling.JobCancelledException;
import dev.bastion.domain.scheduling.JobParameters;
import dev.bastion.domain.shared.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RecordOnlyJobTest {

    private static final Instant DUE = Instant.parse("2026-05-04T03:00:00Z");

    private final RecordOnlyJob job = new RecordOnlyJob();
    private final FakeJobContext context = new FakeJobContext(DUE);

    @Test
    void without_a_pause_it_records_its_run_at_once() {
        assertThat(job.run(job.parameters().resolve(Map.of()), context))
                .isEqualTo("recorded the run due at 2026-05-04T03:00:00Z after a pause of 0s");
    }

    @Test
    void it_pauses_as_long_as_it_is_told() {
        long began = System.nanoTime();

        String summary = job.run(job.parameters().resolve(Map.of("pause", "120ms")), context);

        assertThat(Duration.ofNanos(System.nanoTime() - began)).isGreaterThanOrEqualTo(Duration.ofMillis(120));
        assertThat(summary).endsWith("after a pause of 120ms");
    }

    @Test
    void a_cancelled_pause_stops_promptly() throws Exception {
        JobParameters aDay = job.parameters().resolve(Map.of("pause", "1d"));
        CompletableFuture<String> run = CompletableFuture.supplyAsync(() -> job.run(aDay, context));
        Thread.sleep(50);

        context.cancel();

        assertThatThrownBy(() -> run.get(2, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(JobCancelledException.class);
    }

    @Test
    void an_interrupted_pause_stops_as_cancelled() {
        Thread.currentThread().interrupt();

        assertThatThrownBy(() -> job.run(job.parameters().resolve(Map.of("pause", "1d")), context))
                .isInstanceOf(JobCancelledException.class);
        assertThat(Thread.interrupted()).as("the interrupt is kept for the thread's owner").isTrue();
    }

    @Test
    void the_pause_is_at_most_a_day_and_nothing_else_is_a_parameter() {
        assertThat(job.key().value()).isEqualTo("smoke.record");
        assertThat(job.requiredPermissions()).isEmpty();
        assertThat(job.parameters().check(Map.of("pause", "24h"))).containsEntry("pause", "24h");
        assertThatThrownBy(() -> job.parameters().check(Map.of("pause", "25h")))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("parameters.pause"));
        assertThatThrownBy(() -> job.parameters().check(Map.of("other", 1)))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("parameters.other"));
    }
}
