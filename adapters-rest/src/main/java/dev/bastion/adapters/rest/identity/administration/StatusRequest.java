package dev.bastion.adapters.rest.identity.administration;

import dev.bastion.domain.identity.UserStatus;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The status as text, validated here so that a wrong value is reported on {@code status}. */
@Serdeable
public record StatusRequest(
        @NotNull @Pattern(regexp = "ENABLED|DISABLED", message = "must be ENABLED or DISABLED")
        @Schema(allowableValues = {"ENABLED", "DISABLED"}) String status) {

    UserStatus value() {
        return UserStatus.valueOf(status);
    }
}
