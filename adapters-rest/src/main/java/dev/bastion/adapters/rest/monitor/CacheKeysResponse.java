package dev.bastion.adapters.rest.monitor;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** Key names starting with prefix, sorted, at most limit; truncated when there may be more. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CacheKeysResponse(@Schema(allowableValues = {"redis", "in-process"}) String backend, String prefix, int limit, List<String> keys, boolean truncated) {
}
