package dev.bastion.application.testing;

import dev.bastion.domain.scheduling.ExecutionOutcome;
import dev.bastion.domain.scheduling.JobExecution;
import dev.bastion.domain.scheduling.JobExecutionId;
import dev.bastion.domain.scheduling.JobExecutionRepository;
import dev.bastion.domain.scheduling.JobId;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link JobExecutionRepository} in memory: one lock stands for the database's atomic insert, so
 * an exclusive start and a finish decide as the real statements do. Executions are kept as copies.
 */
public final class InMemoryJobExecutionRepository implements JobExecutionRepository {

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
        if (stored == null || stored.outcome() != ExecutionOutcome.RUNNING) {
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
        return Optional.ofNullable(rows.get(id)).map(InMemoryJobExecutionRepository::copy);
    }

    @Override
    public synchronized List<JobExecution> running(JobId job) {
        return rows.values().stream().filter(e -> e.jobId().equals(job) && e.outcome() == ExecutionOutcome.RUNNING)
                .map(InMemoryJobExecutionRepository::copy).toList();
    }

    @Override
    public synchronized Page<JobExecution> ofJob(JobId job, PageRequest page) {
        List<JobExecution> all = new ArrayList<>(rows.values().stream().filter(e -> e.jobId().equals(job))
                .map(InMemoryJobExecutionRepository::copy).toList());
        Collections.reverse(all); // the last recorded first, as the database orders by recording time
        int from = (int) Math.min(page.offset(), all.size());
        int to = Math.min(from + page.size(), all.size());
        return Page.of(all.subList(from, to), all.size(), page);
    }

    @Override
    public synchronized int deleteEndedBefore(Instant cutoff) {
        List<JobExecutionId> old = rows.values().stream()
                .filter(e -> e.outcome().isFinal() && e.finishedAt().isBefore(cutoff)).map(JobExecution::id).toList();
        old.forEach(rows::remove);
        return old.size();
    }

    /** What deleting a job does to its history. */
    synchronized void forget(JobId job) {
        rows.values().removeIf(e -> e.jobId().equals(job));
    }

    /** Every execution stored, in the order they were first stored. */
    public synchronized List<JobExecution> all() {
        return rows.values().stream().map(InMemoryJobExecutionRepository::copy).toList();
    }

    private static JobExecution copy(JobExecution e) {
        return JobExecution.reconstitute(e.id(), e.jobId(), e.trigger(), e.scheduledAt(), e.startedAt(),
                e.finishedAt(), e.outcome(), e.message(), e.instance());
    }
}
