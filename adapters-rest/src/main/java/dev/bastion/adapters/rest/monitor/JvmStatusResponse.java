package dev.bastion.adapters.rest.monitor;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/** This instance's JVM. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record JvmStatusResponse(String version, String vendor, Instant startedAt, long uptimeSeconds, JvmMemoryAreaResponse heap, JvmMemoryAreaResponse nonHeap, List<GcCollectorResponse> garbageCollectors, JvmThreadsResponse threads) {
}
