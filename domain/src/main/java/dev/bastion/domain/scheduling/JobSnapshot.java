package dev.bastion.domain.scheduling;

import java.time.Instant;

/** A job's whole state, as stores keep it. */
public record JobSnapshot(JobId id, JobDefinition definition, boolean enabled, long version, Instant createdAt,
                          Instant updatedAt) {
}
