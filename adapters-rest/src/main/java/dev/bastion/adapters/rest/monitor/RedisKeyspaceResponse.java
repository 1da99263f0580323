package dev.bastion.adapters.rest.monitor;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/** One Redis database: keys, and keys with a time to live. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RedisKeyspaceResponse(int database, long keys, long expires) {
}
