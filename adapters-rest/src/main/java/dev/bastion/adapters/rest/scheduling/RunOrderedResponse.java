package dev.bastion.adapters.rest.scheduling;

import io.micronaut.serde.annotation.Serdeable;

/** A run ordered: the id its execution has in {@code GET /jobs/{id}/executions} once an instance starts it. */
@Serdeable
public record RunOrderedResponse(String executionId) {
}
