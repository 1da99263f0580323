package dev.bastion.application.testing;

import static dev.bastion.application.testing.AccessFixtures.role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.access.DataScope;
import dev.bastion.domain.access.Role;
import dev.bastion.domain.access.RoleCode;
import dev.bastion.domain.access.MenuId;
import dev.bastion.domain.access.RoleDetails;
import dev.bastion.domain.access.RoleId;
import dev.bastion.domain.access.RoleQuery;
import dev.bastion.domain.access.RoleStatus;
import dev.bastion.domain.identity.PasswordHash;
import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.Username;
import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.PageRequest;
import dev.bastion.domain.shared.VersionConflictException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fake must honour the port's contract, or every use-case test built on it proves nothing. */
class InMemoryRoleRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final InMemoryAccessStore store = new InMemoryAccessStore(users);
    private final InMemoryRoleRepository roles = store.roles();

    private Role add(String code, int sort, RoleStatus status) {
        Role role = Role.create(RoleId.newId(), new RoleCode(code),
                new RoleDetails(code, sort, status, DataScope.SELF, Set.of(), Set.of()), NOW);
        roles.add(role);
        return role;
    }

    private Role add(String code) {
        return add(code, 0, RoleStatus.ENABLED);
    }

    private User register(String name) {
        User user = User.register(UserId.newId(), new Username(name), null, null,
                new PasswordHash("$fake$v=1$nosalt$terces"), false, NOW);
        users.add(user);
        return user;
    }

    private void delete(Role role) {
        Role loaded = roles.findById(role.id()).orElseThrow();
        loaded.delete(NOW);
        roles.update(loaded);
    }

    private static List<String> codes(List<Role> page) {
        return page.stream().map(r -> r.code().value()).toList();
    }

    @Test
    void an_added_role_is_found_by_id_as_it_was() {
        Role clerk = add("clerk");

        assertThat(roles.findById(clerk.id())).map(Role::snapshot).contains(clerk.snapshot());
        assertThat(roles.findById(RoleId.newId())).isEmpty();
    }

    @Test
    void a_code_in_use_is_a_conflict_on_code_until_its_role_is_deleted() {
        Role clerk = add("clerk");

        assertThatThrownBy(() -> add("clerk"))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).contains("code"));

        delete(clerk);
        add("clerk");
        assertThat(roles.rows()).hasSize(2);
    }

    @Test
    void renaming_to_a_code_in_use_is_a_conflict_on_code() {
        add("clerk");
        Role other = add("other");
        Role loaded = roles.findById(other.id()).orElseThrow();
        loaded.describe(new RoleCode("clerk"), loaded.details(), NOW);

        assertThatThrownBy(() -> roles.update(loaded))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).contains("code"));
        assertThat(roles.findById(other.id()).orElseThrow().code().value()).isEqualTo("other");
    }

    @Test
    void an_update_returns_the_next_version_and_a_stale_one_is_refused() {
        Role clerk = add("clerk");
        Role first = roles.findById(clerk.id()).orElseThrow();
        Role second = roles.findById(clerk.id()).orElseThrow();
        first.describe(first.code(), role(DataScope.ALL), NOW);

        assertThat(roles.update(first).version()).isEqualTo(1);

        second.describe(second.code(), role(DataScope.DEPT), NOW);
        assertThatThrownBy(() -> roles.update(second)).isInstanceOf(VersionConflictException.class);
        assertThat(roles.findById(clerk.id()).orElseThrow().details().dataScope()).isEqualTo(DataScope.ALL);
    }

    @Test
    void changing_a_loaded_role_without_update_stores_nothing() {
        Role clerk = add("clerk");

        roles.findById(clerk.id()).orElseThrow().describe(clerk.code(), role(DataScope.ALL), NOW);

        assertThat(roles.findById(clerk.id()).orElseThrow().details().dataScope()).isEqualTo(DataScope.SELF);
    }

    @Test
    void a_deleted_role_is_invisible() {
        Role clerk = add("clerk");
        delete(clerk);

        assertThat(roles.findById(clerk.id())).isEmpty();
        assertThat(roles.find(RoleQuery.any(), PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void the_listing_filters_by_code_prefix_and_status_and_orders_by_sort_then_code() {
        add("b_clerk", 1, RoleStatus.ENABLED);
        add("a_clerk", 1, RoleStatus.DISABLED);
        add("c_admin", 0, RoleStatus.ENABLED);

        assertThat(codes(roles.find(RoleQuery.any(), PageRequest.first(10)).items()))
                .containsExactly("c_admin", "a_clerk", "b_clerk");
        assertThat(codes(roles.find(new RoleQuery("A_", null), PageRequest.first(10)).items()))
                .containsExactly("a_clerk");
        assertThat(codes(roles.find(new RoleQuery(null, RoleStatus.ENABLED), PageRequest.first(10)).items()))
                .containsExactly("c_admin", "b_clerk");
        assertThat(roles.find(RoleQuery.any(), new PageRequest(2, 2)))
                .satisfies(page -> {
                    assertThat(codes(page.items())).containsExactly("b_clerk");
                    assertThat(page.total()).isEqualTo(3);
                });
    }

    @Test
    void a_role_is_held_while_a_live_user_holds_it() {
        Role clerk = add("clerk");
        User jane = register("jane");
        assertThat(roles.isHeld(clerk.id())).isFalse();

        store.assignRole(jane.id(), "clerk");
        assertThat(roles.isHeld(clerk.id())).isTrue();

        User loaded = users.findById(jane.id()).orElseThrow();
        loaded.delete(NOW);
        users.update(loaded);
        assertThat(roles.isHeld(clerk.id())).isFalse();
    }

    @Test
    void a_disabled_role_is_still_held() {
        Role clerk = add("clerk", 0, RoleStatus.DISABLED);
        User jane = register("jane");

        store.replaceRoles(jane.id(), Set.of(clerk.id().value()));

        assertThat(roles.isHeld(clerk.id())).isTrue();
    }

    @Test
    void a_new_role_must_be_at_version_0() {
        Role clerk = add("clerk");
        Role loaded = roles.findById(clerk.id()).orElseThrow();
        loaded.describe(loaded.code(), role(DataScope.ALL), NOW);
        Role stored = roles.update(loaded);

        assertThatThrownBy(() -> new InMemoryAccessStore().roles().add(stored))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_live_roles_granting_an_entry_are_found_by_it() {
        MenuId entry = MenuId.newId();
        Role granting = Role.create(RoleId.newId(), new RoleCode("granting"),
                new RoleDetails("g", 0, RoleStatus.ENABLED, DataScope.SELF, Set.of(), Set.of(entry)), NOW);
        Role gone = Role.create(RoleId.newId(), new RoleCode("gone"),
                new RoleDetails("g", 0, RoleStatus.DISABLED, DataScope.SELF, Set.of(), Set.of(entry)), NOW);
        roles.add(granting);
        roles.add(gone);
        add("other");
        delete(gone);

        assertThat(roles.findGranting(entry)).extracting(Role::id).containsExactly(granting.id());
        assertThat(roles.findGranting(MenuId.newId())).isEmpty();
    }
}
