package dev.bastion.adapters.persistence.access;

import dev.bastion.adapters.persistence.modules.EnabledModules;
import dev.bastion.adapters.persistence.shared.JdbcEventOutbox;
import dev.bastion.adapters.persistence.shared.PagedQueries;
import dev.bastion.adapters.persistence.shared.SqlColumns;
import dev.bastion.adapters.persistence.shared.SqlFilter;
import dev.bastion.adapters.persistence.shared.UniqueViolation;
import dev.bastion.domain.access.Menu;
import dev.bastion.domain.access.MenuId;
import dev.bastion.domain.access.MenuRepository;
import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.VersionConflictException;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.exceptions.OptimisticLockException;
import jakarta.inject.Singleton;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@link MenuRepository} on PostgreSQL; a permission repeated among siblings is a conflict on it. The
 * entries of a business module switched off are not found (nor granted): they wait, unchanged.
 */
@Singleton
final class JdbcMenuRepository implements MenuRepository {

    private final JdbcEventOutbox outbox;
    private final MenuRowRepository rows;
    private final MenuRowMapper mapper;
    private final EnabledModules modules;
    private final PagedQueries queries;

    JdbcMenuRepository(MenuRowRepository rows, MenuRowMapper mapper, JdbcEventOutbox outbox, EnabledModules modules,
                       PagedQueries queries) {
        this.outbox = outbox;
        this.queries = queries;
        this.modules = modules;
        this.rows = rows;
        this.mapper = mapper;
    }

    @Override
    public Optional<Menu> findById(MenuId id) {
        return rows.findLiveById(id.value(), modules.namesForQueries()).map(this::toMenu);
    }

    /** Read by {@link MenuRowReader}: the whole tree is read on every {@code GET /menus}. */
    @Override
    public List<Menu> findAll() {
        SqlFilter shown = SqlFilter.of(List.of("deleted_at IS NULL", "(module IS NULL OR module = ANY(?))"),
                List.of((Object) modules.namesForQueries().toArray(String[]::new)));
        return queries.all("menus", SqlColumns.NONE, shown, "sort, id", MenuRowReader.INSTANCE, this::toMenu);
    }

    @Override
    public List<MenuId> lineage(MenuId id) {
        return rows.findLineage(id.value()).stream().map(MenuId::new).toList();
    }

    @Override
    public boolean hasChildren(MenuId id) {
        return rows.existsChild(id.value());
    }

    @Override
    public boolean isGranted(MenuId id) {
        return rows.existsGrant(id.value());
    }

    @Override
    public Set<MenuId> unknown(Set<MenuId> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        Set<MenuId> unknown = new HashSet<>(ids);
        rows.findLiveIds(ids.stream().map(MenuId::value).toList(), modules.namesForQueries()).forEach(id -> unknown.remove(new MenuId(id)));
        return unknown;
    }

    @Override
    public void add(Menu menu) {
        try {
            rows.save(mapper.toRow(menu.snapshot()));
        } catch (DataAccessException e) {
            throw translate(e);
        }
        outbox.appendFrom(menu);
    }

    @Override
    public Menu update(Menu menu) {
        Menu stored;
        try {
            stored = toMenu(rows.update(mapper.toRow(menu.snapshot())));
        } catch (OptimisticLockException e) {
            throw new VersionConflictException("menu " + menu.id());
        } catch (DataAccessException e) {
            throw translate(e);
        }
        outbox.appendFrom(menu);
        return stored;
    }

    private Menu toMenu(MenuRow row) {
        return Menu.reconstitute(mapper.toSnapshot(row));
    }

    private static RuntimeException translate(DataAccessException failure) {
        return UniqueViolation.constraintOf(failure)
                .<RuntimeException>map(constraint -> switch (constraint) {
                    case "menus_sibling_permission_key" ->
                            new ConflictException("permission", "a sibling entry already carries this permission");
                    default -> ConflictException.ofState("the menu entry clashes with an existing one");
                })
                .orElse(failure);
    }
}
