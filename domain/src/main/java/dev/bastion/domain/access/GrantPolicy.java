package dev.bastion.domain.access;

import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.organization.RecordScope;
import dev.bastion.domain.shared.AccessDeniedException;
import dev.bastion.domain.shared.InvalidValueException;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Nobody grants, widens or takes over more than they hold (docs/security.md, "Authorization model"). The
 * actor holds what their {@link UserAccess} says: permissions and the departments of their data
 * scope. Every operation on roles, menu entries, users and departments is judged by these rules:
 *
 * <ul>
 * <li>A {@link Grant} (what a role gives a holder) is within the actor's when each of its
 *     permissions is implied by one of the actor's and the records it opens to a holder lie in
 *     the actor's scope. Roles may be created, changed, given, taken or deleted only so.</li>
 * <li>A permission code may be set (on a menu entry) only when the actor holds it.</li>
 * <li>A user is within reach only when every role they hold could be given to them by the actor:
 *     so only a super administrator acts on a super administrator.</li>
 * <li>A department moves only when it, everything under it and both its old and new parent lie
 *     in the actor's scope: a move can then neither pull outside departments into a scope nor
 *     push departments out of someone else's.</li>
 * </ul>
 */
public final class GrantPolicy {

    private final UserAccess actor;
    private final Function<Set<DeptId>, Set<DeptId>> subtreesOf;

    /** {@code subtreesOf} gives the departments under the given ones, those included. */
    public GrantPolicy(UserAccess actor, Function<Set<DeptId>, Set<DeptId>> subtreesOf) {
        this.actor = Objects.requireNonNull(actor, "actor");
        this.subtreesOf = Objects.requireNonNull(subtreesOf, "subtreesOf");
    }

    /** Whether the actor holds {@code code}: one of their permissions implies it. */
    public boolean holds(PermissionCode code) {
        return actor.permissions().allows(code);
    }

    /** Whether the actor may see and change the records of {@code dept}. */
    public boolean covers(DeptId dept) {
        return actor.scope().coversDept(dept);
    }

    /**
     * Whether the actor may give {@code grant} to users of each of {@code holderDepts}. With no
     * holder (a role nobody holds yet) the scopes relative to a holder (DEPT, DEPT_AND_CHILDREN)
     * open nothing, and are judged when the role is given.
     */
    public boolean mayGrant(Grant grant, Collection<DeptId> holderDepts) {
        return grant.permissions().codes().stream().allMatch(this::holds)
                && scopeWithin(grant.scope(), null)
                && holderDepts.stream().allMatch(dept -> scopeWithin(grant.scope(), dept));
    }

    /** Whether a user of {@code dept} holding {@code held} (one grant per role) is within reach. */
    public boolean mayReach(DeptId dept, Collection<Grant> held) {
        return held.stream().allMatch(grant -> mayGrant(grant, Set.of(dept)));
    }

    /** Refuses ({@code FORBIDDEN}) to set or change a permission to {@code code} the actor does not hold. */
    public void requireHolds(PermissionCode code, String what) {
        if (!holds(code)) {
            throw AccessDeniedException.forbidden(what + " carries the permission '" + code
                    + "', which you do not hold");
        }
    }

    /**
     * Refuses ({@code FORBIDDEN}) when the role {@code roleCode} granting {@code grant} to holders
     * of {@code holderDepts} grants more than the actor holds.
     */
    public void requireMayGrant(String roleCode, Grant grant, Collection<DeptId> holderDepts) {
        if (!mayGrant(grant, holderDepts)) {
            throw AccessDeniedException.forbidden("the role '" + roleCode + "' grants more than you hold");
        }
    }

    /**
     * Refuses moving department {@code dept} (child of {@code oldParent}, with {@code subtree}
     * under it, itself included) under {@code newParent}: {@code FORBIDDEN} when it or anything
     * under it or its parent lies outside the actor's scope, and {@code newParent} named as
     * invalid ("no such department", as for any department the actor cannot see) when it does.
     */
    public void requireMayMove(DeptId dept, DeptId oldParent, Set<DeptId> subtree, DeptId newParent) {
        if (actor.scope().all()) {
            return;
        }
        if (oldParent == null || !covers(oldParent)) {
            throw AccessDeniedException.forbidden("the department hangs under one outside your data scope: "
                    + "you cannot move it");
        }
        if (!covers(dept) || !subtree.stream().allMatch(this::covers)) {
            throw AccessDeniedException.forbidden("departments under this one lie outside your data scope: "
                    + "you cannot move it");
        }
        if (!covers(newParent)) {
            throw new InvalidValueException("parentId", "no such department");
        }
    }

    /** Whether the records {@code scope} opens to a holder in {@code holderDept} (null: none) lie in the actor's scope. */
    private boolean scopeWithin(ScopeGrant scope, DeptId holderDept) {
        RecordScope mine = actor.scope();
        if (mine.all()) {
            return true;
        }
        return switch (scope.scope()) {
            case ALL -> false;
            case SELF -> true;
            case CUSTOM -> scope.customDepts().stream().allMatch(mine::coversDept);
            case DEPT -> holderDept == null || mine.coversDept(holderDept);
            case DEPT_AND_CHILDREN -> holderDept == null || mine.coversDept(holderDept)
                    && subtreesOf.apply(Set.of(holderDept)).stream().allMatch(mine::coversDept);
        };
    }
}
