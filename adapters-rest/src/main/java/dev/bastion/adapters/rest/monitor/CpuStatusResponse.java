package dev.bastion.adapters.rest.monitor;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The processor: model, cores, load averages (null where the system has none), busy share in percent between the last two samples. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CpuStatusResponse(String model, int physicalCores, int logicalCores, @Nullable Double loadAverage1m, @Nullable Double loadAverage5m, @Nullable Double loadAverage15m, @Nullable Double usagePercent) {
}
