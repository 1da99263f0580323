package dev.bastion.domain.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * A firing's execution id is a function of the job and the fire time: every instance that
 * dispatches one firing names it alike, and no two firings share a name.
 */
class JobExecutionIdProperties {

    @Property
    void one_firing_has_one_id(@ForAll("jobs") JobId job, @ForAll("times") Instant at) {
        JobId sameJob = new JobId(UUID.fromString(job.value().toString()));
        assertThat(JobExecutionId.ofFiring(sameJob, Instant.ofEpochMilli(at.toEpochMilli())))
                .isEqualTo(JobExecutionId.ofFiring(job, at));
    }

    @Property
    void firings_of_other_jobs_or_times_have_other_ids(@ForAll("jobs") JobId job, @ForAll("jobs") JobId other,
                                                        @ForAll("times") Instant at, @ForAll("times") Instant otherAt) {
        if (!job.equals(other)) {
            assertThat(JobExecutionId.ofFiring(job, at)).isNotEqualTo(JobExecutionId.ofFiring(other, at));
        }
        if (!at.equals(otherAt)) {
            assertThat(JobExecutionId.ofFiring(job, at)).isNotEqualTo(JobExecutionId.ofFiring(job, otherAt));
        }
    }

    @Property
    void a_retry_has_its_own_id_never_a_firings(@ForAll("jobs") JobId job, @ForAll("times") Instant at) {
        JobExecutionId firing = JobExecutionId.ofFiring(job, at);
        JobExecutionId retry = JobExecutionId.retryOf(firing);
        assertThat(retry).isNotEqualTo(firing).isEqualTo(JobExecutionId.retryOf(firing));
        assertThat(JobExecutionId.retryOf(retry)).isNotEqualTo(retry).isNotEqualTo(firing);
    }

    @Test
    void a_manual_runs_id_is_new_each_time_and_parses_back() {
        JobExecutionId id = JobExecutionId.newId();
        assertThat(JobExecutionId.newId()).isNotEqualTo(id);
        assertThat(JobExecutionId.parse("executionId", id.toString())).isEqualTo(id);
    }

    @Provide
    Arbitrary<JobId> jobs() {
        return Arbitraries.longs().tuple2().map(t -> new JobId(new UUID(t.get1(), t.get2())));
    }

    /** Fire times to the millisecond, the precision a firing is planned at, over a few centuries. */
    @Provide
    Arbitrary<Instant> times() {
        return Arbitraries.longs().between(0, 10_000_000_000_000L).map(Instant::ofEpochMilli);
    }
}
