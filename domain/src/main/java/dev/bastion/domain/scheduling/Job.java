package dev.bastion.domain.scheduling;

import dev.bastion.domain.shared.AggregateRoot;
import dev.bastion.domain.shared.ConflictException;
import java.time.Instant;
import java.util.Objects;

/**
 * A piece of work the cluster runs on a cron schedule (and on demand): which handler, with which
 * parameters, when, and under which policies. An enabled job fires; a disabled one keeps its
 * definition and history but neither fires nor runs on demand.
 */
public final class Job extends AggregateRoot {

    private final JobId id;
    private JobDefinition definition;
    private boolean enabled;
    private final long version;
    private final Instant createdAt;
    private Instant updatedAt;

    private Job(JobSnapshot s) {
        this.id = Objects.requireNonNull(s.id(), "id");
        this.definition = Objects.requireNonNull(s.definition(), "definition");
        this.enabled = s.enabled();
        this.version = s.version();
        this.createdAt = Objects.requireNonNull(s.createdAt(), "createdAt");
        this.updatedAt = Objects.requireNonNull(s.updatedAt(), "updatedAt");
    }

    public static Job create(JobId id, JobDefinition definition, boolean enabled, Instant now) {
        return new Job(new JobSnapshot(id, definition, enabled, 0, now, now));
    }

    public static Job reconstitute(JobSnapshot snapshot) {
        return new Job(snapshot);
    }

    public JobSnapshot snapshot() {
        return new JobSnapshot(id, definition, enabled, version, createdAt, updatedAt);
    }

    /** Replaces the definition; whether anything changed. */
    public boolean revise(JobDefinition newDefinition, Instant now) {
        Objects.requireNonNull(newDefinition, "newDefinition");
        if (newDefinition.equals(definition)) {
            return false;
        }
        definition = newDefinition;
        touch(now);
        return true;
    }

    /** Enables or disables it; whether that changed anything. */
    public boolean changeStatus(boolean enable, Instant now) {
        if (enable == enabled) {
            return false;
        }
        enabled = enable;
        touch(now);
        return true;
    }

    /** Refuses a run on demand of a disabled job ({@code CONFLICT}). */
    public void requireRunnable() {
        if (!enabled) {
            throw ConflictException.ofState("job " + id + " is disabled: enable it (PUT /jobs/{id}/status) "
                    + "before running it");
        }
    }

    private void touch(Instant now) {
        Objects.requireNonNull(now, "now");
        updatedAt = now.isBefore(updatedAt) ? updatedAt : now;
    }

    public JobId id() {
        return id;
    }

    public JobDefinition definition() {
        return definition;
    }

    public boolean enabled() {
        return enabled;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Job that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Job[" + id + ", " + definition.name() + ", " + (enabled ? "enabled" : "disabled") + "]";
    }
}
