package dev.bastion.domain.identity;

import dev.bastion.domain.shared.Email;
import java.time.Instant;
import java.util.function.BiConsumer;

/** Every way a user can be changed, for rules that hold for all of them. */
enum UserChange {
    DISABLE((user, now) -> user.disable(now)),
    ENABLE((user, now) -> user.enable(now)),
    CHANGE_PASSWORD((user, now) -> user.changePassword(
            new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$changed-salt$changed-hash"), now)),
    RESET_PASSWORD((user, now) -> user.resetPassword(
            new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$reset-salt$reset-hash"), now)),
    UPDATE_PROFILE((user, now) -> user.updateProfile(new Nickname("Someone"), new Email("someone@example.com"), now)),
    DELETE((user, now) -> user.delete(now));

    private final BiConsumer<User, Instant> change;

    UserChange(BiConsumer<User, Instant> change) {
        this.change = change;
    }

    void apply(User user, Instant now) {
        change.accept(user, now);
    }
}
