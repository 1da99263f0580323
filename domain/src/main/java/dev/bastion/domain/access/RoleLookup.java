package dev.bastion.domain.access;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Which roles exist, found by code or checked by id, without loading them. Deleted roles do not exist. */
public interface RoleLookup {

    /** The id of the role with {@code code}, if it exists. */
    Optional<RoleId> idOf(RoleCode code);

    /** The ids of the roles named by {@code codes}; unknown codes are absent. */
    Map<RoleCode, RoleId> idsOf(Collection<RoleCode> codes);

    /** Of {@code ids}, those that name no role. */
    Set<RoleId> unknown(Set<RoleId> ids);
}
