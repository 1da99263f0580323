package dev.bastion.domain.access;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.shared.ConflictException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LastSuperAdministratorTest {

    private final UserId root = UserId.newId();
    private final UserId other = UserId.newId();

    @Test
    void the_last_one_can_be_neither_disabled_nor_deleted_nor_stripped_of_the_role() {
        LastSuperAdministrator last = new LastSuperAdministrator(List.of(root));

        assertThatThrownBy(() -> last.requireMayDisable(root)).isInstanceOfSatisfying(ConflictException.class,
                e -> org.assertj.core.api.Assertions.assertThat(e.field()).contains("status"));
        assertThatThrownBy(() -> last.requireMayDelete(root)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> last.requireKeepsTheRole(root, Set.of())).isInstanceOfSatisfying(
                ConflictException.class, e -> org.assertj.core.api.Assertions.assertThat(e.field()).contains("roleIds"));
        assertThatCode(() -> last.requireKeepsTheRole(root, Set.of(RoleId.SUPER_ADMIN))).doesNotThrowAnyException();
    }

    @Test
    void one_of_two_and_anyone_else_may_go() {
        LastSuperAdministrator two = new LastSuperAdministrator(List.of(root, other));
        LastSuperAdministrator one = new LastSuperAdministrator(List.of(root));

        assertThatCode(() -> two.requireMayDisable(root)).doesNotThrowAnyException();
        assertThatCode(() -> two.requireMayDelete(other)).doesNotThrowAnyException();
        assertThatCode(() -> one.requireMayDelete(other)).as("not a super administrator").doesNotThrowAnyException();
        assertThatCode(() -> one.requireKeepsTheRole(other, Set.of())).doesNotThrowAnyException();
    }
}
