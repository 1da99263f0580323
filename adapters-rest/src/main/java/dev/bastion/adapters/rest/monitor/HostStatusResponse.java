package dev.bastion.adapters.rest.monitor;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/** The machine as last sampled (sampledAt); cpu.usagePercent is null until the second sample. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record HostStatusResponse(Instant sampledAt, String operatingSystem, CpuStatusResponse cpu, MemoryStatusResponse memory, List<DiskStatusResponse> disks) {
}
