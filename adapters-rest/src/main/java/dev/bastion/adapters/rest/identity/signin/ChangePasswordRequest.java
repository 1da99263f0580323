package dev.bastion.adapters.rest.identity.signin;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Serdeable
public record ChangePasswordRequest(@NotBlank @Size(max = 128) String oldPassword,
                                    @NotBlank @Size(max = 128) String newPassword) {

    @Override
    public String toString() {
        return "ChangePasswordRequest[***, ***]";
    }
}
