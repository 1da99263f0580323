package dev.bastion.adapters.rest.monitor;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The cache monitor: the tier serving (redis or in-process), Redis's essentials (null in process), Bastion's caches on this instance. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CacheStatusResponse(@Schema(allowableValues = {"redis", "in-process"}) String backend, @Nullable RedisStatusResponse redis, List<CacheStatsResponse> caches) {
}
