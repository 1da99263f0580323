package dev.bastion.adapters.rest.system.notice;

import io.micronaut.serde.annotation.Serdeable;

/** How many notices visible to the caller they have not read. */
@Serdeable
public record UnreadCountResponse(long count) {
}
