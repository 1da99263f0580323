package dev.bastion.adapters.rest.identity.administration;

import dev.bastion.adapters.rest.identity.ProfileFields;
import dev.bastion.adapters.rest.json.SentFields;
import dev.bastion.adapters.rest.shared.IdMappings;
import dev.bastion.adapters.rest.shared.RestMapperConfig;
import dev.bastion.application.identity.administration.UpdateUser;
import dev.bastion.application.identity.administration.UserView;
import dev.bastion.domain.identity.Nickname;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.UserStatus;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.shared.CanonicalUuid;
import dev.bastion.domain.shared.Email;
import dev.bastion.domain.shared.PhoneNumber;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.mapstruct.Mapper;

/** User read models to DTOs (generated), and request bodies to commands; the domain names what it refuses. */
@Mapper(config = RestMapperConfig.class, uses = IdMappings.class)
interface UserDtoMapper {

    UserResponse toResponse(UserView view);

    /** The patch {@code body} asks for: fields it left out are absent, {@code ""} counts as {@code null}. */
    default UpdateUser.Command command(UserId id, UpdateUserRequest body) {
        SentFields sent = Objects.requireNonNull(body.sentFields(), "sentFields (set by the body reader)");
        return new UpdateUser.Command(id, body.version(), sent.patch("nickname", nickname(body.nickname())),
                sent.patch("email", email(body.email())), sent.patch("phone", phone(body.phone())),
                sent.patch("deptId", body.deptId() == null ? null : DeptId.parse("deptId", body.deptId())),
                sent.patch("roleIds", body.roleIds() == null ? null : roleIds(body.roleIds())),
                sent.patch("status", body.status() == null ? null : UserStatus.valueOf(body.status())));
    }

    default Nickname nickname(String text) {
        return ProfileFields.nickname(text);
    }

    default Email email(String text) {
        return ProfileFields.email(text);
    }

    default PhoneNumber phone(String text) {
        return ProfileFields.phone(text);
    }

    default UserStatus status(String text, UserStatus fallback) {
        return text == null ? fallback : UserStatus.valueOf(text);
    }

    default Set<UUID> roleIds(List<String> texts) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (String text : texts == null ? List.<String>of() : texts) {
            ids.add(CanonicalUuid.parse("roleIds", text));
        }
        return ids;
    }
}
