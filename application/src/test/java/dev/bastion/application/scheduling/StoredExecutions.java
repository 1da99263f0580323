package dev.bastion.application.scheduling;

import dev.bastion.domain.scheduling.ExecutionOutcome;
import dev.bastion.domain.scheduling.JobExecution;
import dev.bastion.domain.scheduling.JobExecutionId;
import dev.bastion.domain.scheduling.JobExecutionRepository;
import dev.bastion.domain.scheduling.JobId;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link JobExecutionRepository} in a map, for the runner's tests. {@link #start} decides under
 * one lock, as the real one decides in one statement; every read is a copy of its own, so a
 * test sees what was stored, never the runner's object.
 */
final class StoredExecutions implements JobExecutionRepository {

    private final Map<JobExecutionId, JobExecution> rows = new LinkedHashMap<>();

    @Override
    public synchronized Start start(JobExecution running, boolean exclusive) {
        if (rows.containsKey(running.id())) {
            return Start.ALREADY_RECORDED;
        }
        if (exclusive && !running(running.jobId()).isEmpty()) {
            return Start.BLOCKED;
        }
        rows.put(running.id(), copy(running));
        return Start.STARTED;
    }

    @Override
    public synchronized boolean finish(JobExecution ended) {
        JobExecution stored = rows.get(ended.id());
        if (stored == null || stored.outcome() != ExecutionOutcome.RUNNING || !ended.outcome().isFinal()) {
            return false;
        }
        rows.put(ended.id(), copy(ended));
        return true;
    }

    @Override
    public synchronized void recordSkipped(JobExecution skipped) {
        rows.putIfAbsent(skipped.id(), copy(skipped));
    }

    @Override
    public synchronized Optional<JobExecution> findById(JobExecutionId id) {
        return Optional.ofNullable(rows.get(id)).map(StoredExecutions::copy);
    }

    @Override
    public synchronized List<JobExecution> running(JobId job) {
        return rows.values().stream()
                .filter(e -> e.jobId().equals(job) && e.outcome() == ExecutionOutcome.RUNNING)
                .map(StoredExecutions::copy)
                .toList();
    }

    @Override
    public synchronized Page<JobExecution> ofJob(JobId job, PageRequest page) {
        List<JobExecution> all = rows.values().stream()
                .filter(e -> e.jobId().equals(job))
                .sorted(Comparator.comparing(StoredExecutions::when).reversed())
                .map(StoredExecutions::copy)
                .toList();
        return Page.of(all.stream().skip(page.offset()).limit(page.size()).toList(), all.size(), page);
    }

    @Override
    public synchronized int deleteEndedBefore(Instant cutoff) {
        int before = rows.size();
        rows.values().removeIf(e -> e.finishedAt() != null && e.finishedAt().isBefore(cutoff));
        return before - rows.size();
    }

    /** Every execution stored, in the order they were first stored. */
    synchronized List<JobExecution> all() {
        return rows.values().stream().map(StoredExecutions::copy).toList();
    }

    private static Instant when(JobExecution e) {
        return e.startedAt() != null ? e.startedAt() : e.finishedAt();
    }

    private static JobExecution copy(JobExecution e) {
        return JobExecution.reconstitute(e.id(), e.jobId(), e.trigger(), e.scheduledAt(), e.startedAt(),
                e.finishedAt(), e.outcome(), e.message(), e.instance());
    }
}
