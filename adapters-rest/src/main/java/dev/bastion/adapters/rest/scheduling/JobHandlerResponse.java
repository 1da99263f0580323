package dev.bastion.adapters.rest.scheduling;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * A handler a job can run: its key, what it does, the permissions a caller must hold to create,
 * change, enable or run a job of it, and its parameters as a JSON Schema (for a form library).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record JobHandlerResponse(String key, String description,
                                 @Schema(description = "needed beside the job permission to create, change, "
                                         + "enable or run a job of this handler") List<String> requiredPermissions,
                                 ParametersSchema parameters) {
}
