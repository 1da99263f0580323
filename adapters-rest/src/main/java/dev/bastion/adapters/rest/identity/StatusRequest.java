package dev.bastion.adapters.rest.identity;

import dev.bastion.domain.identity.UserStatus;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

@Serdeable
public record StatusRequest(@NotNull UserStatus status) {
}
