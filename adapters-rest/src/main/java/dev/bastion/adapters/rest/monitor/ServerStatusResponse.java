package dev.bastion.adapters.rest.monitor;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/** The server monitor: the host (as last sampled), this instance's JVM and the database. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ServerStatusResponse(HostStatusResponse host, JvmStatusResponse jvm, DatabaseStatusResponse database) {
}
