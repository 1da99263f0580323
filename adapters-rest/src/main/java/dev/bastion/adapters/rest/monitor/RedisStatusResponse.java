package dev.bastion.adapters.rest.monitor;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The essentials of Redis's INFO; hitRatio in percent, null before any lookup. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RedisStatusResponse(String version, String mode, long uptimeSeconds, long usedMemoryBytes, long peakMemoryBytes, long connectedClients, long keyspaceHits, long keyspaceMisses, @Nullable Double hitRatio, List<RedisKeyspaceResponse> databases, List<RedisCommandStatsResponse> topCommands) {
}
