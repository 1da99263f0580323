package dev.bastion.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PermissionSetTest {

    private static final PermissionCode USER_LIST = new PermissionCode("system:user:list");
    private static final PermissionCode USER_CREATE = new PermissionCode("system:user:create");
    private static final PermissionCode ROLE_ALL = new PermissionCode("system:role:*");

    @Test
    void an_empty_set_allows_nothing() {
        assertThat(PermissionSet.of(List.of()).allows(USER_LIST)).isFalse();
    }

    @Test
    void a_held_code_is_allowed() {
        assertThat(PermissionSet.of(List.of(USER_LIST)).allows(USER_LIST)).isTrue();
    }

    @Test
    void a_code_not_held_is_not_allowed() {
        assertThat(PermissionSet.of(List.of(USER_LIST)).allows(USER_CREATE)).isFalse();
    }

    @Test
    void a_code_granted_by_any_held_wildcard_is_allowed() {
        PermissionSet set = PermissionSet.of(List.of(USER_LIST, ROLE_ALL));

        assertThat(set.allows(new PermissionCode("system:role:delete"))).isTrue();
    }

    @Test
    void the_lone_wildcard_allows_everything() {
        assertThat(PermissionSet.of(List.of(PermissionCode.ALL)).allows(new PermissionCode("monitor:server:view"))).isTrue();
    }

    @Test
    void values_are_sorted() {
        PermissionSet set = PermissionSet.of(List.of(USER_LIST, ROLE_ALL, PermissionCode.ALL, USER_CREATE));

        assertThat(set.values()).containsExactly("*", "system:role:*", "system:user:create", "system:user:list");
    }

    @Test
    void duplicates_are_held_once() {
        PermissionSet set = PermissionSet.of(List.of(USER_LIST, new PermissionCode("system:user:list")));

        assertThat(set.values()).containsExactly("system:user:list");
    }

    @Test
    void the_set_is_not_changed_through_the_collection_it_was_made_from() {
        List<PermissionCode> codes = new ArrayList<>(List.of(USER_LIST));
        PermissionSet set = PermissionSet.of(codes);

        codes.add(USER_CREATE);

        assertThat(set.allows(USER_CREATE)).isFalse();
    }

    @Test
    void the_set_is_not_changed_through_the_set_given_to_the_constructor() {
        Set<PermissionCode> codes = new HashSet<>(Set.of(USER_LIST));
        PermissionSet set = new PermissionSet(codes);

        codes.add(USER_CREATE);

        assertThat(set.codes()).containsExactly(USER_LIST);
    }

    @Test
    void the_codes_cannot_be_changed_from_outside() {
        PermissionSet set = PermissionSet.of(List.of(USER_LIST));

        assertThatThrownBy(() -> set.codes().add(USER_CREATE)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void no_access_has_no_roles_and_allows_nothing() {
        dev.bastion.domain.identity.UserId jane = dev.bastion.domain.identity.UserId.newId();
        UserAccess none = UserAccess.none(jane);

        assertThat(none.roles()).isEmpty();
        assertThat(none.permissions().allows(USER_LIST)).isFalse();
        assertThat(none.scope()).isEqualTo(dev.bastion.domain.organization.RecordScope.onlyOwn(jane.value()));
    }
}
