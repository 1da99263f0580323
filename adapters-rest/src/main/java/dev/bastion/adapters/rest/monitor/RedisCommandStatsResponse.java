package dev.bastion.adapters.rest.monitor;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/** One of the ten commands called most: calls and microseconds per call. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RedisCommandStatsResponse(String command, long calls, double microsPerCall) {
}
