package dev.bastion.domain.scheduling;

import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;

/** The jobs that exist. Names are unique: storing a second job of a name is a {@code CONFLICT} on {@code name}. */
public interface JobRepository {

    Optional<Job> findById(JobId id);

    Optional<Job> findByName(JobName name);

    /** A page of the jobs matching {@code query}, by name. */
    Page<Job> find(JobQuery query, PageRequest page);

    /** Every enabled job. */
    List<Job> enabled();

    /** Stores a new job (version 0). */
    void add(Job job);

    /** Stores a job read earlier; a stale version is a {@code VersionConflictException}. Answers it as stored (next version). */
    Job update(Job job);

    /** Deletes the job and its execution history. */
    void delete(JobId id);
}
