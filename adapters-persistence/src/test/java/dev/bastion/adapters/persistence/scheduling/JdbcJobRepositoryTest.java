package dev.bastion.adapters.persistence.scheduling;

import static dev.bastion.adapters.persistence.scheduling.JobFixtures.NOW;
import static dev.bastion.adapters.persistence.scheduling.JobFixtures.definition;
import static dev.bastion.adapters.persistence.scheduling.JobFixtures.job;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.adapters.persistence.testing.PostgresTest;
import dev.bastion.domain.scheduling.Job;
import dev.bastion.domain.scheduling.JobName;
import dev.bastion.domain.scheduling.JobQuery;
import dev.bastion.domain.scheduling.JobRepository;
import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.PageRequest;
import dev.bastion.domain.shared.VersionConflictException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

@MicronautTest(startApplication = false, transactional = false)
class JdbcJobRepositoryTest extends PostgresTest {

    @Inject
    JobRepository jobs;

    @Test
    void aJobReadBackEqualsTheJobStoredParametersAndAll() {
        Job job = job("round trip");
        jobs.add(job);

        Job read = jobs.findById(job.id()).orElseThrow();
        assertThat(read.snapshot()).isEqualTo(job.snapshot());
        assertThat(read.definition().parameters()).containsEntry("count", 3L).containsEntry("loud", true);
        assertThat(jobs.findByName(new JobName("round trip"))).contains(job);
    }

    @Test
    void aSecondJobOfTheSameNameIsAConflictOnName() {
        jobs.add(job("twice"));

        assertThatThrownBy(() -> jobs.add(job("twice"))).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.field()).contains("name"));
    }

    @Test
    void anUpdateBumpsTheVersionAndAStaleOneIsRefused() {
        Job job = job("versioned");
        jobs.add(job);
        Job stale = jobs.findById(job.id()).orElseThrow();
        Job fresh = jobs.findById(job.id()).orElseThrow();

        fresh.revise(definition("versioned", Map.of()), NOW.plusSeconds(1));
        Job stored = jobs.update(fresh);

        assertThat(stored.version()).isEqualTo(1);
        assertThat(jobs.findById(job.id()).orElseThrow().definition().parameters()).isEmpty();
        stale.changeStatus(false, NOW.plusSeconds(2));
        assertThatThrownBy(() -> jobs.update(stale)).isInstanceOf(VersionConflictException.class);
    }

    @Test
    void theListingFiltersByNameHandlerAndStatusInNameOrder() {
        Job b = job("Listing b_x");
        Job a = job("listing A");
        Job off = job("listing off");
        off.changeStatus(false, NOW);
        jobs.add(b);
        jobs.add(a);
        jobs.add(off);

        assertThat(jobs.find(new JobQuery("LISTING", null, null), PageRequest.first(10)).items())
                .containsExactly(b, a, off);
        assertThat(jobs.find(new JobQuery("listing", "smoke.record", true), PageRequest.first(10)).items())
                .containsExactly(b, a);
        assertThat(jobs.find(new JobQuery("b_", null, false), PageRequest.first(10)).items()).isEmpty();
        assertThat(jobs.find(new JobQuery("%", null, null), PageRequest.first(10)).items()).isEmpty();
        assertThat(jobs.enabled()).contains(a, b).doesNotContain(off);
    }

    @Test
    void deletingAJobRemovesIt() {
        Job job = job("deleted");
        jobs.add(job);

        jobs.delete(job.id());

        assertThat(jobs.findById(job.id())).isEmpty();
    }
}
