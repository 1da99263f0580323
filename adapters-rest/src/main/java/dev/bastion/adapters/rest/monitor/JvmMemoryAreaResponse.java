package dev.bastion.adapters.rest.monitor;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Heap or non-heap memory in bytes; maxBytes null when unlimited. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record JvmMemoryAreaResponse(long usedBytes, long committedBytes, @Nullable Long maxBytes) {
}
