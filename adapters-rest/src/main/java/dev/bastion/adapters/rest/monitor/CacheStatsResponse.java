package dev.bastion.adapters.rest.monitor;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** One of Bastion's caches on this instance; hitRatio in percent, null before the first read. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CacheStatsResponse(String name, String description, long entries, long hits, long misses, @Nullable Double hitRatio) {
}
