package dev.bastion.domain.system.notice;

import dev.bastion.domain.access.RoleId;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.shared.InvalidValueException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Who a notice is for: everyone ({@code all}), or the holders of {@code roleIds}, the members of
 * {@code deptIds} and of every department below them (as the tree stands when it is read, so a
 * department created later under one of them is included), and {@code userIds}. Never nobody.
 * The lists keep the order given (so an error can name {@code audience.roleIds[1]}), without
 * repeats.
 */
public record NoticeAudience(boolean all, List<RoleId> roleIds, List<DeptId> deptIds, List<UserId> userIds) {

    /** At most this many ids per list: an audience is a handful of groups, not a mailing list. */
    public static final int MAX_IDS = 500;

    public NoticeAudience {
        roleIds = distinct("audience.roleIds", roleIds);
        deptIds = distinct("audience.deptIds", deptIds);
        userIds = distinct("audience.userIds", userIds);
        if (!all && roleIds.isEmpty() && deptIds.isEmpty() && userIds.isEmpty()) {
            throw new InvalidValueException("audience",
                    "must name its readers: all: true, or at least one role, department or user");
        }
    }

    public static NoticeAudience everyone() {
        return new NoticeAudience(true, List.of(), List.of(), List.of());
    }

    /** Whether {@code reader} is in the audience. */
    public boolean reaches(Reader reader) {
        return all || userIds.contains(reader.user())
                || reader.roles().stream().anyMatch(roleIds::contains)
                || reader.departmentLineage().stream().anyMatch(deptIds::contains);
    }

    /**
     * A possible reader: who they are, the roles they hold, and their department with its
     * ancestors up to the root (a notice for a department reaches the members of everything below it).
     */
    public record Reader(UserId user, Collection<RoleId> roles, Collection<DeptId> departmentLineage) {

        public Reader {
            Objects.requireNonNull(user, "user");
            roles = List.copyOf(roles);
            departmentLineage = List.copyOf(departmentLineage);
        }
    }

    private static <T> List<T> distinct(String field, List<T> ids) {
        if (ids == null) {
            return List.of();
        }
        if (ids.size() > MAX_IDS) {
            throw new InvalidValueException(field, "must name at most " + MAX_IDS + " ids");
        }
        for (int i = 0; i < ids.size(); i++) {
            if (ids.get(i) == null) {
                throw new InvalidValueException(field + "[" + i + "]", "must not be null");
            }
        }
        return List.copyOf(new LinkedHashSet<>(ids));
    }
}
