package dev.bastion.adapters.rest.system.config;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new parameter; {@code value} is a string that must read as {@code type} and meet the constraints. */
@Serdeable
public record CreateConfigRequest(@NotBlank @Size(max = 100) String key,
                                  @NotBlank @Size(max = 64) String name,
                                  @NotBlank @Pattern(regexp = ConfigDtos.TYPES, message = ConfigDtos.TYPES_MESSAGE)
                                  @Schema(allowableValues = {"STRING", "INTEGER", "BOOLEAN", "DECIMAL", "DURATION",
                                          "JSON"}) String type,
                                  @NotNull @Size(max = 4000) String value,
                                  @Nullable @Valid ConfigConstraintsBody constraints,
                                  @Nullable @Size(max = 500) String description) {
}
