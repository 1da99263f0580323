package dev.bastion.adapters.rest.identity.administration;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Serdeable
public record ResetPasswordRequest(@NotBlank @Size(max = 128) String password) {

    @Override
    public String toString() {
        return "ResetPasswordRequest[***]";
    }
}
