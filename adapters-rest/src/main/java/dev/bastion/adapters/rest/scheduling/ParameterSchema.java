package dev.bastion.adapters.rest.scheduling;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One parameter as a JSON Schema: its type ({@code string} with {@code format: duration} for a
 * duration), description, default, and bounds (an integer's value, a string's length). Keywords
 * that do not apply are left out.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ParameterSchema(@Schema(allowableValues = {"string", "integer", "boolean"},
                                      requiredMode = Schema.RequiredMode.REQUIRED) String type,
                              @Nullable @Schema(allowableValues = "duration") String format,
                              String description,
                              // left out rather than null (OpenAPI 3.0 has no nullable oneOf)
                              @JsonProperty("default")
                              @Schema(name = "default", description = "a value of the type",
                                      requiredMode = Schema.RequiredMode.NOT_REQUIRED,
                                      oneOf = {String.class, Long.class, Boolean.class}) Object defaultValue,
                              @Nullable Long minimum, @Nullable Long maximum,
                              @Nullable Long minLength, @Nullable Long maxLength) {
}
