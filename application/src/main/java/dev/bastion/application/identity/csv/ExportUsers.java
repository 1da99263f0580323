package dev.bastion.application.identity.csv;

import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.UserQuery;
import dev.bastion.domain.identity.UserSort;
import dev.bastion.domain.identity.UserStatus;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.shared.Email;
import dev.bastion.domain.shared.PhoneNumber;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Every live user inside the actor's data scope matching the filters of the user listing, in
 * {@code sort} order, with the codes of the roles each holds. The stream reads the store slice by slice as it is consumed, so any number
 * of users can be exported without holding them all; it needs no closing.
 */
public interface ExportUsers {

    Stream<ExportedUser> export(UserId actor, UserQuery query, UserSort sort);

    /** One user and the codes of its roles, sorted; {@code email} and {@code phone} may be null. */
    record ExportedUser(String username, String nickname, String email, String phone, DeptId deptId,
                        UserStatus status, List<String> roleCodes, Instant createdAt) {

        public ExportedUser {
            Objects.requireNonNull(username, "username");
            roleCodes = List.copyOf(roleCodes);
        }

        public static ExportedUser of(User user, List<String> roleCodes) {
            return new ExportedUser(user.username().value(), user.nickname().value(),
                    user.email().map(Email::value).orElse(null), user.phone().map(PhoneNumber::value).orElse(null),
                    user.deptId(), user.status(), roleCodes, user.createdAt());
        }
    }
}
