package dev.bastion.domain.identity;

import dev.bastion.domain.shared.DomainEvent;
import java.util.Objects;
import java.util.UUID;

/** A user's profile (nickname, e-mail, phone) changed. */
public record UserProfileChanged(UserId user) implements DomainEvent {

    public UserProfileChanged {
        Objects.requireNonNull(user, "user");
    }

    @Override
    public UUID subject() {
        return user.value();
    }
}
