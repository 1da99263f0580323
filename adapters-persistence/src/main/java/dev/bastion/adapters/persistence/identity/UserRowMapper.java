package dev.bastion.adapters.persistence.identity;

import dev.bastion.adapters.persistence.shared.PersistenceMapperConfig;
import dev.bastion.domain.shared.Email;
import dev.bastion.domain.identity.Nickname;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.shared.PhoneNumber;
import dev.bastion.domain.identity.PasswordHash;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.UserSnapshot;
import dev.bastion.domain.identity.Username;
import java.util.UUID;
import org.mapstruct.Mapper;

/** Rows to aggregate snapshots and back; the value objects re-validate what the database holds. */
@Mapper(config = PersistenceMapperConfig.class)
interface UserRowMapper {

    UserRow toRow(UserSnapshot snapshot);

    UserSnapshot toSnapshot(UserRow row);

    default UUID id(UserId id) {
        return id.value();
    }

    default UserId id(UUID id) {
        return new UserId(id);
    }

    default String username(Username username) {
        return username.value();
    }

    default Username username(String username) {
        return new Username(username);
    }

    default String nickname(Nickname nickname) {
        return nickname.value();
    }

    default Nickname nickname(String nickname) {
        return new Nickname(nickname);
    }

    default String email(Email email) {
        return email == null ? null : email.value();
    }

    default Email email(String email) {
        return email == null ? null : new Email(email);
    }

    default String phone(PhoneNumber phone) {
        return phone == null ? null : phone.value();
    }

    default PhoneNumber phone(String phone) {
        return phone == null ? null : new PhoneNumber(phone);
    }

    default UUID deptId(DeptId id) {
        return id.value();
    }

    default DeptId deptId(UUID id) {
        return new DeptId(id);
    }

    default String passwordHash(PasswordHash hash) {
        return hash.encoded();
    }

    default PasswordHash passwordHash(String encoded) {
        return new PasswordHash(encoded);
    }
}
