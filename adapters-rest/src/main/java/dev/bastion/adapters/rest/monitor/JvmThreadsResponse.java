package dev.bastion.adapters.rest.monitor;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/** Threads: live now, of them daemons, and the most at once since start. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record JvmThreadsResponse(int live, int daemon, int peak) {
}
