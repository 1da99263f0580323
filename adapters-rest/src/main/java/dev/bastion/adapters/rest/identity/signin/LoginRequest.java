package dev.bastion.adapters.rest.identity.signin;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Sign-in. Lengths are checked before any hashing, so an oversized password costs nothing. */
@Serdeable
public record LoginRequest(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 128) String password) {

    @Override
    public String toString() {
        return "LoginRequest[" + username + ", ***]";
    }
}
