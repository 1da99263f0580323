package dev.bastion.adapters.persistence.access;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface MenuRowRepository extends GenericRepository<MenuRow, UUID> {

    /** The core's and operators' entries, and those of the enabled business modules. */
    String SHOWN = "(module IS NULL OR module IN (:modules))";

    /** {@code modules}: the enabled business modules (EnabledModules): another module's entries are hidden. */
    @Query("SELECT * FROM menus WHERE id = :id AND deleted_at IS NULL AND " + SHOWN)
    Optional<MenuRow> findLiveById(UUID id, Collection<String> modules);

    /** The entry and its ancestors, nearest first (depth-limited against a corrupt table). */
    @Query(value = """
            WITH RECURSIVE lineage(id, parent_id, depth) AS (
                SELECT id, parent_id, 0 FROM menus WHERE id = :id AND deleted_at IS NULL
                UNION ALL
                SELECT m.id, m.parent_id, l.depth + 1 FROM menus m JOIN lineage l ON m.id = l.parent_id
                 WHERE l.depth < 1000
            )
            SELECT id FROM lineage ORDER BY depth""", nativeQuery = true)
    List<UUID> findLineage(UUID id);

    @Query("SELECT EXISTS (SELECT 1 FROM menus WHERE parent_id = :id AND deleted_at IS NULL)")
    boolean existsChild(UUID id);

    @Query("""
            SELECT EXISTS (SELECT 1 FROM role_menus rm JOIN roles r ON r.id = rm.role_id AND r.deleted_at IS NULL
                            WHERE rm.menu_id = :id)""")
    boolean existsGrant(UUID id);

    @Query("SELECT id FROM menus WHERE id IN (:ids) AND deleted_at IS NULL AND " + SHOWN)
    List<UUID> findLiveIds(Collection<UUID> ids, Collection<String> modules);

    MenuRow save(MenuRow row);

    MenuRow update(MenuRow row);
}
