package dev.bastion.adapters.rest.monitor;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Physical memory in bytes. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record MemoryStatusResponse(long totalBytes, long availableBytes, long usedBytes, @Nullable Double usedPercent) {
}
