package dev.bastion.domain.scheduling;

import static dev.bastion.domain.scheduling.JobFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JobTest {

    private static final Instant LATER = NOW.plusSeconds(60);

    private static JobDefinition renamed(JobDefinition d, String name) {
        return new JobDefinition(new JobName(name), d.handler(), d.cron(), d.timezone(), d.parameters(),
                d.concurrency(), d.misfire(), d.timeout(), d.description());
    }

    @Test
    void a_new_job_is_at_version_zero_created_and_updated_now() {
        Job job = JobFixtures.job(true);
        assertThat(job.enabled()).isTrue();
        assertThat(job.version()).isZero();
        assertThat(job.createdAt()).isEqualTo(NOW);
        assertThat(job.updatedAt()).isEqualTo(NOW);
        assertThat(job.pullEvents()).isEmpty();
    }

    @Test
    void a_snapshot_rebuilds_the_same_job() {
        Job job = JobFixtures.job(false);
        Job rebuilt = Job.reconstitute(job.snapshot());
        assertThat(rebuilt.snapshot()).isEqualTo(job.snapshot());
        assertThat(rebuilt).isEqualTo(job).hasSameHashCodeAs(job);
        assertThat(rebuilt.toString()).contains("Nightly purge", "disabled");
    }

    @Test
    void revising_replaces_the_definition_and_touches_the_job() {
        Job job = JobFixtures.job(true);
        JobDefinition after = renamed(job.definition(), "Weekly purge");
        assertThat(job.revise(after, LATER)).isTrue();
        assertThat(job.definition()).isEqualTo(after);
        assertThat(job.updatedAt()).isEqualTo(LATER);
        assertThat(job.createdAt()).isEqualTo(NOW);
        assertThat(job.version()).isZero();
    }

    @Test
    void revising_to_the_same_definition_changes_nothing() {
        Job job = JobFixtures.job(true);
        JobDefinition same = JobFixtures.definition("Nightly purge");
        assertThat(job.revise(same, LATER)).isFalse();
        assertThat(job.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void the_update_time_never_moves_back() {
        Job job = JobFixtures.job(true);
        job.revise(renamed(job.definition(), "Other"), NOW.minusSeconds(3600));
        assertThat(job.updatedAt()).isEqualTo(NOW);
        job.changeStatus(false, NOW.minusSeconds(1));
        assertThat(job.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void changing_the_status_says_whether_it_changed() {
        Job job = JobFixtures.job(true);
        assertThat(job.changeStatus(true, LATER)).isFalse();
        assertThat(job.updatedAt()).isEqualTo(NOW);
        assertThat(job.changeStatus(false, LATER)).isTrue();
        assertThat(job.enabled()).isFalse();
        assertThat(job.updatedAt()).isEqualTo(LATER);
        assertThat(job.changeStatus(false, LATER.plusSeconds(1))).isFalse();
        assertThat(job.changeStatus(true, LATER.plusSeconds(2))).isTrue();
        assertThat(job.enabled()).isTrue();
    }

    @Test
    void only_an_enabled_job_runs_on_demand() {
        JobFixtures.job(true).requireRunnable();
        Job disabled = JobFixtures.job(false);
        assertThatThrownBy(disabled::requireRunnable).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.field()).isEmpty()).hasMessageContaining("disabled")
                .hasMessageContaining(disabled.id().toString());
    }

    @Test
    void a_definition_needs_its_parts_and_keeps_a_short_printable_description() {
        JobDefinition d = JobFixtures.definition("N");
        assertThatThrownBy(() -> new JobDefinition(null, d.handler(), d.cron(), d.timezone(), d.parameters(),
                d.concurrency(), d.misfire(), d.timeout(), null)).isInstanceOf(NullPointerException.class);
        JobDefinition bare = new JobDefinition(d.name(), d.handler(), d.cron(), d.timezone(), null, d.concurrency(),
                d.misfire(), d.timeout(), "   ");
        assertThat(bare.parameters()).isEmpty();
        assertThat(bare.description()).isNull();
        assertThatThrownBy(() -> new JobDefinition(d.name(), d.handler(), d.cron(), d.timezone(), Map.of(),
                d.concurrency(), d.misfire(), d.timeout(), "d".repeat(JobDefinition.MAX_DESCRIPTION_LENGTH + 1)))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("description"));
    }
}
