package dev.bastion.application.testing;

import dev.bastion.domain.scheduling.Job;
import dev.bastion.domain.scheduling.JobId;
import dev.bastion.domain.scheduling.JobName;
import dev.bastion.domain.scheduling.JobQuery;
import dev.bastion.domain.scheduling.JobRepository;
import dev.bastion.domain.scheduling.JobSnapshot;
import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import dev.bastion.domain.shared.VersionConflictException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@link JobRepository} in memory, keeping snapshots so a caller never holds the stored job.
 * Names are unique as the database's constraint keeps them; deleting a job deletes its history
 * from the executions fake it is given.
 */
public final class InMemoryJobRepository implements JobRepository {

    private static final Comparator<Job> BY_NAME = Comparator.comparing((Job j) -> j.definition().name().value())
            .thenComparing(j -> j.id().value());

    private final Map<JobId, JobSnapshot> rows = new LinkedHashMap<>();
    private final InMemoryJobExecutionRepository executions;

    public InMemoryJobRepository(InMemoryJobExecutionRepository executions) {
        this.executions = executions;
    }

    @Override
    public synchronized Optional<Job> findById(JobId id) {
        return Optional.ofNullable(rows.get(id)).map(Job::reconstitute);
    }

    @Override
    public synchronized Optional<Job> findByName(JobName name) {
        return all().filter(j -> j.definition().name().equals(name)).findFirst();
    }

    @Override
    public synchronized Page<Job> find(JobQuery query, PageRequest page) {
        List<Job> matching = all()
                .filter(j -> query.name() == null || j.definition().name().value().toLowerCase(Locale.ROOT)
                        .contains(query.name().toLowerCase(Locale.ROOT)))
                .filter(j -> query.handler() == null || j.definition().handler().value().equals(query.handler()))
                .filter(j -> query.enabled() == null || j.enabled() == query.enabled())
                .sorted(BY_NAME).toList();
        int from = (int) Math.min(page.offset(), matching.size());
        int to = Math.min(from + page.size(), matching.size());
        return Page.of(matching.subList(from, to), matching.size(), page);
    }

    @Override
    public synchronized List<Job> enabled() {
        return all().filter(Job::enabled).sorted(BY_NAME).toList();
    }

    @Override
    public synchronized void add(Job job) {
        if (rows.containsKey(job.id())) {
            throw new IllegalStateException("job " + job.id() + " exists");
        }
        requireNameFree(job);
        rows.put(job.id(), job.snapshot());
    }

    @Override
    public synchronized Job update(Job job) {
        JobSnapshot stored = rows.get(job.id());
        if (stored == null || stored.version() != job.version()) {
            throw new VersionConflictException("job " + job.id());
        }
        requireNameFree(job);
        JobSnapshot s = job.snapshot();
        JobSnapshot next = new JobSnapshot(s.id(), s.definition(), s.enabled(), s.version() + 1, s.createdAt(),
                s.updatedAt());
        rows.put(job.id(), next);
        return Job.reconstitute(next);
    }

    @Override
    public synchronized void delete(JobId id) {
        rows.remove(id);
        executions.forget(id);
    }

    private void requireNameFree(Job job) {
        boolean taken = all().anyMatch(other -> !other.id().equals(job.id())
                && other.definition().name().equals(job.definition().name()));
        if (taken) {
            throw new ConflictException("name", "a job named '" + job.definition().name() + "' already exists");
        }
    }

    private Stream<Job> all() {
        return rows.values().stream().map(Job::reconstitute);
    }
}
