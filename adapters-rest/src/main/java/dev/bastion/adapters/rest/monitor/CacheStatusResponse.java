package dev.bastion.adapters.rest.monitor;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The cache monitor: the tier serving (redis or in-process), Redis's essentials (null in process), Bastion's caches on this instance. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CacheStatusResponse(String backend, RedisStatusResponse redis, List<CacheStatsResponse> caches) {
}
