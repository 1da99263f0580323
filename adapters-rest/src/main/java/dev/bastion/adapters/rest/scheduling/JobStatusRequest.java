package dev.bastion.adapters.rest.scheduling;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

/** Whether the job fires (and may be run on demand). */
@Serdeable
public record JobStatusRequest(@NotNull Boolean enabled) {
}
