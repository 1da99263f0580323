package dev.bastion.adapters.rest.monitor;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/** A garbage collector: collections and their total time since start. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record GcCollectorResponse(String name, long collections, long timeMillis) {
}
