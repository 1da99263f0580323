package dev.bastion.adapters.rest.monitor;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The database: reachable, its version and size (null when it did not answer), this instance's pool. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DatabaseStatusResponse(boolean reachable, @Nullable String version, @Nullable Long sizeBytes, ConnectionPoolResponse pool) {
}
