package dev.bastion.domain.access;

import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.shared.ConflictException;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * There is always an enabled super administrator: the last one can be neither disabled nor deleted
 * and cannot lose the role, or nobody could be sure to hold every permission again. Judged on the
 * enabled users holding the role, read in the transaction that changes them.
 */
public final class LastSuperAdministrator {

    private final List<UserId> enabledHolders;

    public LastSuperAdministrator(Collection<UserId> enabledHolders) {
        this.enabledHolders = List.copyOf(enabledHolders);
    }

    /** Whether {@code user} is the one enabled super administrator left. */
    public boolean is(UserId user) {
        return enabledHolders.size() == 1 && enabledHolders.contains(user);
    }

    public void requireMayDisable(UserId user) {
        if (is(user)) {
            throw new ConflictException("status", "the last enabled super administrator cannot be disabled");
        }
    }

    public void requireMayDelete(UserId user) {
        if (is(user)) {
            throw ConflictException.ofState("the last enabled super administrator cannot be deleted");
        }
    }

    /** Refuses when {@code user} is the last one and would not hold {@link RoleId#SUPER_ADMIN} among {@code rolesAfter}. */
    public void requireKeepsTheRole(UserId user, Set<RoleId> rolesAfter) {
        if (is(user) && !rolesAfter.contains(RoleId.SUPER_ADMIN)) {
            throw new ConflictException("roleIds", "the last enabled super administrator cannot lose the "
                    + RoleCode.SUPER_ADMIN + " role");
        }
    }
}
