package dev.bastion.application.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.domain.access.Role;
import dev.bastion.domain.access.RoleCode;
import dev.bastion.domain.access.RoleId;
import dev.bastion.domain.access.RoleLookup;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link RoleLookup} answers, in memory as in PostgreSQL. */
public abstract class RoleLookupContract {

    private AccessWorld world;
    private RoleLookup lookup;

    protected abstract AccessWorld world();

    @BeforeEach
    void openWorld() {
        world = world();
        lookup = world.roleLookup();
    }

    @Test
    void theSuperAdministratorRoleHasItsFixedId() {
        assertThat(lookup.idOf(RoleCode.SUPER_ADMIN)).contains(RoleId.SUPER_ADMIN);
    }

    @Test
    void rolesAreFoundByCodeAndDeletedOrUnknownOnesAreNot() {
        Role editor = world.role("editor");
        Role retired = world.role("retired");
        world.delete(retired);
        RoleCode ghost = new RoleCode(AccessWorld.unique("ghost"));

        assertThat(lookup.idOf(editor.code())).contains(editor.id());
        assertThat(lookup.idOf(retired.code())).isEmpty();
        assertThat(lookup.idsOf(List.of(editor.code(), retired.code(), ghost, RoleCode.SUPER_ADMIN)))
                .containsOnly(Map.entry(editor.code(), editor.id()), Map.entry(RoleCode.SUPER_ADMIN, RoleId.SUPER_ADMIN));
        assertThat(lookup.idsOf(List.of())).isEmpty();
    }

    @Test
    void ofSomeIdsThoseNamingNoLiveRoleAreUnknown() {
        Role editor = world.role("editor");
        Role retired = world.role("retired");
        world.delete(retired);
        RoleId missing = RoleId.newId();

        assertThat(lookup.unknown(Set.of(editor.id(), retired.id(), missing, RoleId.SUPER_ADMIN)))
                .containsExactlyInAnyOrder(retired.id(), missing);
        assertThat(lookup.unknown(Set.of())).isEmpty();
    }
}
