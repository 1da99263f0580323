package dev.bastion.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.organization.RecordScope;
import dev.bastion.domain.shared.AccessDeniedException;
import dev.bastion.domain.shared.ErrorCode;
import dev.bastion.domain.shared.InvalidValueException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** One rule of the authorization model per test, on a small tree: root → eng → {backend}, root → sales. */
class GrantPolicyTest {

    private static final DeptId ENG = DeptId.newId();
    private static final DeptId BACKEND = DeptId.newId();
    private static final DeptId SALES = DeptId.newId();
    private static final Map<DeptId, DeptId> PARENTS = Map.of(ENG, DeptId.ROOT, BACKEND, ENG, SALES, DeptId.ROOT);

    private static Set<DeptId> subtrees(Set<DeptId> roots) {
        Set<DeptId> found = new HashSet<>(roots);
        boolean grew = true;
        while (grew) {
            grew = PARENTS.entrySet().stream().filter(e -> found.contains(e.getValue()))
                    .map(e -> found.add(e.getKey())).reduce(false, Boolean::logicalOr);
        }
        return found;
    }

    private static GrantPolicy actor(Set<DeptId> scope, String... permissions) {
        RecordScope records = new RecordScope(UserId.newId().value(), false, scope, true);
        return new GrantPolicy(new UserAccess(List.of("x"), codes(permissions), records), GrantPolicyTest::subtrees);
    }

    private static GrantPolicy everywhere(String... permissions) {
        return new GrantPolicy(new UserAccess(List.of("x"), codes(permissions),
                RecordScope.everything(UserId.newId().value())), GrantPolicyTest::subtrees);
    }

    private static PermissionSet codes(String... permissions) {
        return PermissionSet.of(Stream.of(permissions).map(PermissionCode::new).toList());
    }

    private static Grant grant(DataScope scope, String... permissions) {
        return new Grant(codes(permissions), ScopeGrant.of(scope));
    }

    @Test
    void a_permission_is_held_when_one_of_the_actors_implies_it() {
        GrantPolicy policy = actor(Set.of(), "system:user:*");

        assertThat(policy.holds(new PermissionCode("system:user:list"))).isTrue();
        assertThat(policy.holds(new PermissionCode("system:user:*"))).isTrue();
        assertThat(policy.holds(new PermissionCode("system:*:*"))).as("a wider wildcard").isFalse();
        assertThat(policy.holds(new PermissionCode("system:role:list"))).isFalse();
        assertThat(policy.holds(PermissionCode.ALL)).isFalse();
    }

    @Test
    void a_role_with_a_permission_the_actor_lacks_cannot_be_granted() {
        GrantPolicy policy = everywhere("system:user:*", "system:role:update");

        assertThat(policy.mayGrant(grant(DataScope.SELF, "system:user:list", "system:user:update"), List.of())).isTrue();
        assertThat(policy.mayGrant(grant(DataScope.SELF, "system:user:list", "system:menu:list"), List.of())).isFalse();
        assertThat(policy.mayGrant(grant(DataScope.SELF, "*"), List.of())).isFalse();
    }

    @Test
    void scope_all_needs_scope_all_and_custom_departments_must_lie_in_the_actors_scope() {
        GrantPolicy eng = actor(subtrees(Set.of(ENG)), "system:user:*");

        assertThat(eng.mayGrant(grant(DataScope.ALL), List.of())).isFalse();
        assertThat(eng.mayGrant(new Grant(codes(), new ScopeGrant(DataScope.CUSTOM, Set.of(BACKEND))), List.of()))
                .isTrue();
        assertThat(eng.mayGrant(new Grant(codes(), new ScopeGrant(DataScope.CUSTOM, Set.of(BACKEND, SALES))),
                List.of())).isFalse();
        assertThat(everywhere().mayGrant(grant(DataScope.ALL), List.of())).isTrue();
    }

    @Test
    void scopes_relative_to_the_holder_are_judged_for_each_holders_department() {
        GrantPolicy backendOnly = actor(Set.of(BACKEND));
        GrantPolicy engTree = actor(subtrees(Set.of(ENG)));

        assertThat(backendOnly.mayGrant(grant(DataScope.DEPT), List.of())).as("nobody holds it yet").isTrue();
        assertThat(backendOnly.mayGrant(grant(DataScope.DEPT), List.of(BACKEND))).isTrue();
        assertThat(backendOnly.mayGrant(grant(DataScope.DEPT), List.of(BACKEND, SALES))).isFalse();
        assertThat(actor(Set.of(ENG)).mayGrant(grant(DataScope.DEPT_AND_CHILDREN), List.of(ENG)))
                .as("eng's children are not in the scope").isFalse();
        assertThat(engTree.mayGrant(grant(DataScope.DEPT_AND_CHILDREN), List.of(ENG))).isTrue();
        assertThat(engTree.mayGrant(grant(DataScope.SELF), List.of(SALES))).as("SELF opens only the holder's own")
                .isTrue();
    }

    @Test
    void a_user_is_out_of_reach_when_one_role_they_hold_grants_more_than_the_actor() {
        GrantPolicy admin = everywhere("system:user:*", "system:role:*");
        Grant superAdmin = grant(DataScope.ALL, "*");
        Grant userAdmin = grant(DataScope.ALL, "system:user:list", "system:user:update");

        assertThat(admin.mayReach(ENG, List.of(userAdmin))).isTrue();
        assertThat(admin.mayReach(ENG, List.of())).isTrue();
        assertThat(admin.mayReach(ENG, List.of(userAdmin, superAdmin))).isFalse();
        assertThat(everywhere("*").mayReach(ENG, List.of(superAdmin))).isTrue();
    }

    @Test
    void refusals_are_forbidden_and_name_what_is_refused() {
        GrantPolicy policy = actor(Set.of(ENG), "system:menu:update");

        assertThatThrownBy(() -> policy.requireHolds(new PermissionCode("system:*:*"), "the menu entry"))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN);
                    assertThat(e.getMessage()).contains("system:*:*");
                });
        assertThatThrownBy(() -> policy.requireMayGrant("boss", grant(DataScope.ALL), List.of()))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("'boss'");
    }

    @Test
    void a_department_moves_only_with_its_subtree_and_both_parents_in_scope() {
        GrantPolicy engTree = actor(subtrees(Set.of(ENG)));
        DeptId tools = DeptId.newId();
        Set<DeptId> withTools = new HashSet<>(subtrees(Set.of(ENG)));
        withTools.add(tools);
        GrantPolicy engAndTools = actor(withTools);

        assertThatThrownBy(() -> engTree.requireMayMove(SALES, DeptId.ROOT, Set.of(SALES), ENG))
                .as("pulling an outside department in").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> engTree.requireMayMove(ENG, DeptId.ROOT, subtrees(Set.of(ENG)), BACKEND))
                .as("the department the scope is rooted in").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> engTree.requireMayMove(BACKEND, ENG, Set.of(BACKEND), SALES))
                .as("pushing out of the scope").isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("parentId"));
        assertThatThrownBy(() -> actor(Set.of(ENG, BACKEND)).requireMayMove(BACKEND, ENG, Set.of(BACKEND, tools), ENG))
                .as("something under it lies outside").isInstanceOf(AccessDeniedException.class);
        engAndTools.requireMayMove(tools, ENG, Set.of(tools), BACKEND);
        everywhere().requireMayMove(SALES, DeptId.ROOT, Set.of(SALES), ENG);
    }
}
