package dev.bastion.application.scheduling;

import dev.bastion.domain.scheduling.Job;
import dev.bastion.domain.scheduling.JobId;
import dev.bastion.domain.scheduling.JobName;
import dev.bastion.domain.scheduling.JobQuery;
import dev.bastion.domain.scheduling.JobRepository;
import dev.bastion.domain.scheduling.JobSnapshot;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import dev.bastion.domain.shared.VersionConflictException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link JobRepository} in a map of snapshots, for the runner's tests: every read is a copy of its own. */
final class StoredJobs implements JobRepository {

    private final Map<JobId, JobSnapshot> rows = new LinkedHashMap<>();

    @Override
    public synchronized Optional<Job> findById(JobId id) {
        return Optional.ofNullable(rows.get(id)).map(Job::reconstitute);
    }

    @Override
    public synchronized Optional<Job> findByName(JobName name) {
        return rows.values().stream().filter(s -> s.definition().name().equals(name)).findFirst()
                .map(Job::reconstitute);
    }

    @Override
    public synchronized Page<Job> find(JobQuery query, PageRequest page) {
        List<Job> matching = rows.values().stream()
                .filter(s -> query.enabled() == null || s.enabled() == query.enabled())
                .filter(s -> query.handler() == null || s.definition().handler().value().equals(query.handler()))
                .filter(s -> query.name() == null
                        || s.definition().name().value().toLowerCase().contains(query.name().toLowerCase()))
                .sorted(Comparator.comparing(s -> s.definition().name().value()))
                .map(Job::reconstitute)
                .toList();
        return Page.of(matching.stream().skip(page.offset()).limit(page.size()).toList(), matching.size(), page);
    }

    @Override
    public synchronized List<Job> enabled() {
        return rows.values().stream().filter(JobSnapshot::enabled).map(Job::reconstitute).toList();
    }

    @Override
    public synchronized void add(Job job) {
        if (rows.putIfAbsent(job.id(), job.snapshot()) != null) {
            throw new IllegalStateException("job " + job.id() + " was already added");
        }
    }

    @Override
    public synchronized Job update(Job job) {
        JobSnapshot stored = rows.get(job.id());
        if (stored == null || stored.version() != job.version()) {
            throw new VersionConflictException("job " + job.id());
        }
        JobSnapshot s = job.snapshot();
        JobSnapshot next = new JobSnapshot(s.id(), s.definition(), s.enabled(), s.version() + 1, s.createdAt(),
                s.updatedAt());
        rows.put(job.id(), next);
        return Job.reconstitute(next);
    }

    @Override
    public synchronized void delete(JobId id) {
        rows.remove(id);
    }
}
