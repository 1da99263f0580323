package dev.bastion.adapters.rest.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * How many entries of the window follow the chain, and the first that does not (null when all do):
 * {@code expected} is the hash it should have after its predecessor, {@code found} the one stored.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record VerificationResponse(long verified, @Nullable Broken firstBroken) {

    @Serdeable
    public record Broken(String id, String expected, String found) {
    }
}
