package dev.bastion.adapters.rest.scheduling;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/**
 * A handler's parameters as a JSON Schema object (draft 2020-12 keywords only), so that a stock
 * JSON-Schema form library renders and checks the form: the properties in the order the handler
 * declares them, the required ones, and no other member.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(description = "a JSON Schema of the parameters object")
public record ParametersSchema(@Schema(allowableValues = "object", requiredMode = Schema.RequiredMode.REQUIRED)
                               String type,
                               Map<String, ParameterSchema> properties, List<String> required,
                               @Schema(description = "always false: no member but the properties")
                               boolean additionalProperties) {
}
