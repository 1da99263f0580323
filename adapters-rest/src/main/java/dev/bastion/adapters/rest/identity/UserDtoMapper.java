package dev.bastion.adapters.rest.identity;

import dev.bastion.adapters.rest.json.SentFields;
import dev.bastion.application.identity.UpdateUser;
import dev.bastion.application.identity.UserView;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.identity.Nickname;
import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserStatus;
import dev.bastion.domain.shared.Email;
import dev.bastion.domain.shared.CanonicalUuid;
import dev.bastion.domain.shared.PhoneNumber;
import jakarta.inject.Singleton;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** User DTOs to domain values and back; the domain names what it refuses. */
@Singleton
final class UserDtoMapper {

    UserResponse toResponse(UserView view) {
        User user = view.user();
        return new UserResponse(user.id().toString(), user.username().value(), user.nickname().value(),
                user.email().map(Email::value).orElse(null), user.phone().map(PhoneNumber::value).orElse(null),
                user.deptId().toString(), view.roleIds().stream().map(UUID::toString).toList(), user.status(),
                user.mustChangePassword(), user.version(), user.createdAt(), user.updatedAt());
    }

    /** The patch {@code body} asks for: fields it left out are absent, {@code ""} counts as {@code null}. */
    UpdateUser.Command command(UserId id, UpdateUserRequest body) {
        SentFields sent = java.util.Objects.requireNonNull(body.sentFields(), "sentFields (set by the body reader)");
        return new UpdateUser.Command(id, body.version(), sent.patch("nickname", nickname(body.nickname())),
                sent.patch("email", email(body.email())), sent.patch("phone", phone(body.phone())),
                sent.patch("deptId", body.deptId() == null ? null : DeptId.parse("deptId", body.deptId())),
                sent.patch("roleIds", body.roleIds() == null ? null : roleIds(body.roleIds())),
                sent.patch("status", body.status() == null ? null : UserStatus.valueOf(body.status())));
    }

    Nickname nickname(String text) {
        return text == null || text.isBlank() ? null : new Nickname(text.strip());
    }

    Email email(String text) {
        return text == null || text.isBlank() ? null : new Email(text.strip());
    }

    PhoneNumber phone(String text) {
        return text == null || text.isBlank() ? null : new PhoneNumber(text.strip());
    }

    UserStatus status(String text, UserStatus fallback) {
        return text == null ? fallback : UserStatus.valueOf(text);
    }

    Set<UUID> roleIds(List<String> texts) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (String text : texts == null ? List.<String>of() : texts) {
            ids.add(CanonicalUuid.parse("roleIds", text));
        }
        return ids;
    }
}
