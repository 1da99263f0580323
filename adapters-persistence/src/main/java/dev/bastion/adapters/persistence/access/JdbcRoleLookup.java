package dev.bastion.adapters.persistence.access;

import dev.bastion.domain.access.RoleCode;
import dev.bastion.domain.access.RoleId;
import dev.bastion.domain.access.RoleLookup;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** {@link RoleLookup} on PostgreSQL, through the {@code lower(code)} unique index for codes. */
@Singleton
final class JdbcRoleLookup implements RoleLookup {

    private final RoleRowRepository roles;

    JdbcRoleLookup(RoleRowRepository roles) {
        this.roles = roles;
    }

    @Override
    public Optional<RoleId> idOf(RoleCode code) {
        return roles.findLiveIdByCode(code.value()).map(RoleId::new);
    }

    @Override
    public Map<RoleCode, RoleId> idsOf(Collection<RoleCode> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        Map<String, UUID> byLowerCode = new HashMap<>();
        roles.findLiveByLowerCodes(codes.stream().map(code -> code.value().toLowerCase(Locale.ROOT)).distinct().toList())
                .forEach(row -> byLowerCode.put(row.code(), row.id()));
        Map<RoleCode, RoleId> found = new HashMap<>();
        for (RoleCode code : codes) {
            UUID id = byLowerCode.get(code.value().toLowerCase(Locale.ROOT));
            if (id != null) {
                found.put(code, new RoleId(id));
            }
        }
        return found;
    }

    @Override
    public Set<RoleId> unknown(Set<RoleId> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        Set<RoleId> unknown = new HashSet<>(ids);
        roles.findLiveIds(ids.stream().map(RoleId::value).toList()).forEach(id -> unknown.remove(new RoleId(id)));
        return unknown;
    }
}
