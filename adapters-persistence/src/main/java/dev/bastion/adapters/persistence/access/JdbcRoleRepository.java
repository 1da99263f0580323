package dev.bastion.adapters.persistence.access;

import dev.bastion.adapters.persistence.modules.EnabledModules;
import dev.bastion.adapters.persistence.shared.JdbcEventOutbox;
import dev.bastion.adapters.persistence.shared.PagedQueries;
import dev.bastion.adapters.persistence.shared.UniqueViolation;
import dev.bastion.domain.access.MenuId;
import dev.bastion.domain.access.Role;
import dev.bastion.domain.access.RoleId;
import dev.bastion.domain.access.RoleQuery;
import dev.bastion.domain.access.RoleRepository;
import dev.bastion.domain.access.RoleSnapshot;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import dev.bastion.domain.shared.VersionConflictException;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.exceptions.OptimisticLockException;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * {@link RoleRepository} on PostgreSQL. A role's menu entries and departments live in link
 * tables; a page of roles reads its links with one query per table, not one per role. Its grants of a
 * business module's entries are not shown while the module is switched off, and an edit keeps them.
 */
@Singleton
final class JdbcRoleRepository implements RoleRepository {

    private final JdbcEventOutbox outbox;
    private final RoleRowRepository rows;
    private final RoleRowMapper mapper;
    private final PagedQueries queries;
    private final EnabledModules modules;

    JdbcRoleRepository(RoleRowRepository rows, RoleRowMapper mapper, PagedQueries queries, JdbcEventOutbox outbox,
                       EnabledModules modules) {
        this.outbox = outbox;
        this.modules = modules;
        this.rows = rows;
        this.mapper = mapper;
        this.queries = queries;
    }

    @Override
    public Optional<Role> findById(RoleId id) {
        return rows.findLiveById(id.value()).map(row -> toRoles(List.of(row)).get(0));
    }

    @Override
    public Page<Role> find(RoleQuery query, PageRequest page) {
        Page<RoleRow> found = queries.page("roles", RoleFilter.of(query), "sort ASC, lower(code) ASC, id ASC",
                RoleRow.class, Function.identity(), page);
        Map<UUID, Role> roles = new HashMap<>();
        toRoles(found.items()).forEach(role -> roles.put(role.id().value(), role));
        return found.map(row -> roles.get(row.id()));
    }

    @Override
    public void add(Role role) {
        RoleSnapshot snapshot = role.snapshot();
        try {
            rows.save(mapper.toRow(snapshot));
        } catch (DataAccessException e) {
            throw translate(e);
        }
        storeLinks(snapshot);
        outbox.appendFrom(role);
    }

    @Override
    public Role update(Role role) {
        RoleSnapshot snapshot = role.snapshot();
        RoleRow stored;
        try {
            stored = rows.update(mapper.toRow(snapshot));
        } catch (OptimisticLockException e) {
            throw new VersionConflictException("role " + role.id());
        } catch (DataAccessException e) {
            throw translate(e);
        }
        rows.removeMenuLinks(stored.id(), modules.namesForQueries());
        rows.removeDeptLinks(stored.id());
        storeLinks(snapshot);
        outbox.appendFrom(role);
        return Role.reconstitute(mapper.toSnapshot(stored, snapshot.details().deptIds(), snapshot.details().menuIds()));
    }

    @Override
    public List<Role> findGranting(MenuId menu) {
        return toRoles(rows.findLiveGranting(menu.value()));
    }

    @Override
    public boolean isHeld(RoleId id) {
        return rows.existsHolder(id.value());
    }

    private void storeLinks(RoleSnapshot snapshot) {
        UUID id = snapshot.id().value();
        if (!snapshot.details().menuIds().isEmpty()) {
            rows.addMenuLinks(id, snapshot.details().menuIds().stream().map(MenuId::value).toList());
        }
        if (!snapshot.details().deptIds().isEmpty()) {
            rows.addDeptLinks(id, snapshot.details().deptIds().stream().map(DeptId::value).toList());
        }
    }

    private List<Role> toRoles(List<RoleRow> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = found.stream().map(RoleRow::id).toList();
        Map<UUID, Set<MenuId>> menus = grouped(rows.findMenuLinks(ids, modules.namesForQueries()), MenuId::new);
        Map<UUID, Set<DeptId>> depts = grouped(rows.findDeptLinks(ids), DeptId::new);
        return found.stream()
                .map(row -> Role.reconstitute(mapper.toSnapshot(row, depts.getOrDefault(row.id(), Set.of()),
                        menus.getOrDefault(row.id(), Set.of()))))
                .toList();
    }

    private static <T> Map<UUID, Set<T>> grouped(Collection<RoleLinkRow> links, Function<UUID, T> toId) {
        Map<UUID, Set<T>> byRole = new HashMap<>();
        links.forEach(link -> byRole.computeIfAbsent(link.roleId(), role -> new HashSet<>())
                .add(toId.apply(link.targetId())));
        return byRole;
    }

    private static RuntimeException translate(DataAccessException failure) {
        return UniqueViolation.constraintOf(failure)
                .<RuntimeException>map(constraint -> switch (constraint) {
                    case "roles_code_key" -> new ConflictException("code", "a role with this code exists");
                    default -> ConflictException.ofState("the role clashes with an existing one");
                })
                .orElse(failure);
    }
}
