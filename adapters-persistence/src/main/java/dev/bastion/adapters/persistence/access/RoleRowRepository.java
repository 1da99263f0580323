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
interface RoleRowRepository extends GenericRepository<RoleRow, UUID> {

    /**
     * The enabled, live roles of a live user, one row per role and permission (a role without
     * permissions once, with a null permission). Walks the {@code user_roles} primary key.
     */
    @Query("""
            SELECT r.code AS role, rp.permission AS permission
            FROM user_roles ur
            JOIN users u ON u.id = ur.user_id AND u.deleted_at IS NULL
            JOIN roles r ON r.id = ur.role_id AND r.status = 'ENABLED' AND r.deleted_at IS NULL
            LEFT JOIN role_permissions rp ON rp.role_id = r.id
            WHERE ur.user_id = :userId""")
    List<RoleGrantRow> findGrantsOf(UUID userId);

    /** Uses the {@code lower(code)} unique index. */
    @Query("SELECT id FROM roles WHERE lower(code) = lower(:code) AND deleted_at IS NULL")
    Optional<UUID> findLiveIdByCode(String code);

    @Query("INSERT INTO user_roles (user_id, role_id) VALUES (:userId, :roleId) ON CONFLICT DO NOTHING")
    void assign(UUID userId, UUID roleId);

    @Query("""
            SELECT ur.user_id FROM user_roles ur
              JOIN roles r ON r.id = ur.role_id AND r.deleted_at IS NULL AND lower(r.code) = lower(:code)
              JOIN users u ON u.id = ur.user_id AND u.deleted_at IS NULL AND u.status = 'ENABLED'""")
    List<UUID> findEnabledHolders(String code);

    @Query("SELECT role_id FROM user_roles WHERE user_id = :userId ORDER BY role_id")
    List<UUID> findRoleIdsOf(UUID userId);

    @Query("SELECT id FROM roles WHERE id IN (:ids) AND deleted_at IS NULL")
    List<UUID> findLiveIds(Collection<UUID> ids);

    @Query("DELETE FROM user_roles WHERE user_id = :userId")
    void removeAllOf(UUID userId);

    /** The live roles whose lower-cased code is one of {@code lowerCodes}; uses the {@code lower(code)} unique index. */
    @Query("SELECT id, lower(code) AS code FROM roles WHERE lower(code) IN (:lowerCodes) AND deleted_at IS NULL")
    List<RoleCodeRow> findLiveByLowerCodes(Collection<String> lowerCodes);
}
