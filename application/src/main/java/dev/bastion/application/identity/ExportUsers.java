package dev.bastion.application.identity;

import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.UserQuery;
import dev.bastion.domain.identity.UserSort;
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

    /** One user and the codes of its roles, sorted. */
    record ExportedUser(User user, List<String> roleCodes) {

        public ExportedUser {
            Objects.requireNonNull(user, "user");
            roleCodes = List.copyOf(roleCodes);
        }
    }
}
