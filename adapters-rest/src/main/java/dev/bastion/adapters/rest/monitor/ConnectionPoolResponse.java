package dev.bastion.adapters.rest.monitor;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/** This instance's connection pool: in use, idle, at most, requests waiting. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ConnectionPoolResponse(int active, int idle, int max, int waiting) {
}
