package dev.bastion.adapters.rest.monitor;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The file system holding the data folder (role data) or the working directory (role working). */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DiskStatusResponse(String role, String path, String store, long totalBytes, long usableBytes, @Nullable Double usedPercent) {
}
