package dev.bastion.adapters.persistence.organization;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface DepartmentRowRepository extends GenericRepository<DepartmentRow, UUID> {

    @Query("SELECT * FROM departments WHERE id = :id AND deleted_at IS NULL")
    Optional<DepartmentRow> findLiveById(UUID id);

    /** The department and its ancestors, nearest first (depth-limited against a corrupt table). */
    @Query(value = """
            WITH RECURSIVE lineage(id, parent_id, depth) AS (
                SELECT id, parent_id, 0 FROM departments WHERE id = :id AND deleted_at IS NULL
                UNION ALL
                SELECT d.id, d.parent_id, l.depth + 1 FROM departments d JOIN lineage l ON d.id = l.parent_id
                 WHERE l.depth < 1000
            )
            SELECT id FROM lineage ORDER BY depth""", nativeQuery = true)
    List<UUID> findLineage(UUID id);

    /** The live departments among {@code roots} and every live one below them (depth-limited). */
    @Query(value = """
            WITH RECURSIVE subtree(id, depth) AS (
                SELECT id, 0 FROM departments WHERE id IN (:roots) AND deleted_at IS NULL
                UNION ALL
                SELECT d.id, s.depth + 1 FROM departments d JOIN subtree s ON d.parent_id = s.id
                 WHERE d.deleted_at IS NULL AND s.depth < 1000
            )
            SELECT DISTINCT id FROM subtree""", nativeQuery = true)
    List<UUID> findSubtrees(Collection<UUID> roots);

    @Query("SELECT id FROM departments WHERE id IN (:ids) AND deleted_at IS NULL")
    List<UUID> findLiveIds(Collection<UUID> ids);

    @Query("SELECT EXISTS (SELECT 1 FROM departments WHERE parent_id = :id AND deleted_at IS NULL)")
    boolean existsChild(UUID id);

    @Query("SELECT EXISTS (SELECT 1 FROM users WHERE dept_id = :id AND deleted_at IS NULL)")
    boolean existsMember(UUID id);

    DepartmentRow save(DepartmentRow row);

    DepartmentRow update(DepartmentRow row);
}
