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
     * permissions once, with a null permission). A role's permissions are its own (the super
     * administrator's {@code *}) and those of its enabled, live menu entries. Walks the
     * {@code user_roles} primary key.
     */
    @Query(value = """
            SELECT r.code AS role, p.permission AS permission
            FROM user_roles ur
            JOIN users u ON u.id = ur.user_id AND u.deleted_at IS NULL
            JOIN roles r ON r.id = ur.role_id AND r.status = 'ENABLED' AND r.deleted_at IS NULL
            LEFT JOIN LATERAL (
                SELECT rp.permission FROM role_permissions rp WHERE rp.role_id = r.id
                UNION
                SELECT m.permission FROM role_menus rm
                  JOIN menus m ON m.id = rm.menu_id AND m.status = 'ENABLED' AND m.deleted_at IS NULL
                   AND (m.module IS NULL OR m.module IN (:modules))
                 WHERE rm.role_id = r.id AND m.permission IS NOT NULL
            ) p ON true
            WHERE ur.user_id = :userId""", nativeQuery = true)
    List<RoleGrantRow> findGrantsOf(UUID userId, Collection<String> modules);

    /** The data scopes of a live user's enabled, live roles, with the departments of CUSTOM ones. */
    @Query(value = """
            SELECT r.id AS role_id, r.data_scope AS data_scope, rd.dept_id AS dept_id
            FROM user_roles ur
            JOIN users u ON u.id = ur.user_id AND u.deleted_at IS NULL
            JOIN roles r ON r.id = ur.role_id AND r.status = 'ENABLED' AND r.deleted_at IS NULL
            LEFT JOIN role_depts rd ON rd.role_id = r.id AND r.data_scope = 'CUSTOM'
            WHERE ur.user_id = :userId""", nativeQuery = true)
    List<RoleScopeRow> findScopesOf(UUID userId);

    /** The live menu entries granted by a live user's enabled, live roles (deleted ones grant nothing, as in findGrantsOf). */
    @Query("""
            SELECT DISTINCT rm.menu_id FROM user_roles ur
              JOIN users u ON u.id = ur.user_id AND u.deleted_at IS NULL
              JOIN roles r ON r.id = ur.role_id AND r.status = 'ENABLED' AND r.deleted_at IS NULL
              JOIN role_menus rm ON rm.role_id = r.id
              JOIN menus m ON m.id = rm.menu_id AND m.deleted_at IS NULL
                AND (m.module IS NULL OR m.module IN (:modules))
             WHERE ur.user_id = :userId""")
    List<UUID> findMenusGrantedTo(UUID userId, Collection<String> modules);

    @Query("SELECT permission FROM role_permissions WHERE role_id = :roleId")
    List<String> findOwnPermissions(UUID roleId);

    @Query("""
            SELECT DISTINCT u.dept_id FROM user_roles ur
              JOIN users u ON u.id = ur.user_id AND u.deleted_at IS NULL
             WHERE ur.role_id = :roleId""")
    List<UUID> findHolderDepts(UUID roleId);

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

    @Query("""
            SELECT ur.role_id FROM user_roles ur JOIN roles r ON r.id = ur.role_id AND r.deleted_at IS NULL
             WHERE ur.user_id = :userId ORDER BY ur.role_id""")
    List<UUID> findRoleIdsOf(UUID userId);

    @Query("SELECT id FROM roles WHERE id IN (:ids) AND deleted_at IS NULL")
    List<UUID> findLiveIds(Collection<UUID> ids);

    @Query("DELETE FROM user_roles WHERE user_id = :userId")
    void removeAllOf(UUID userId);

    @Query("SELECT EXISTS (SELECT 1 FROM user_roles ur JOIN users u ON u.id = ur.user_id AND u.deleted_at IS NULL"
            + " WHERE ur.role_id = :roleId)")
    boolean existsHolder(UUID roleId);

    /** The grants shown only: those of a business module switched off survive an edit of the role. */
    @Query("""
            DELETE FROM role_menus rm USING menus m
             WHERE rm.role_id = :roleId AND m.id = rm.menu_id AND (m.module IS NULL OR m.module IN (:modules))""")
    void removeMenuLinks(UUID roleId, Collection<String> modules);

    @Query("DELETE FROM role_depts WHERE role_id = :roleId")
    void removeDeptLinks(UUID roleId);

    @Query("INSERT INTO role_menus (role_id, menu_id) SELECT :roleId, id FROM menus WHERE id IN (:menuIds)")
    void addMenuLinks(UUID roleId, Collection<UUID> menuIds);

    @Query("INSERT INTO role_depts (role_id, dept_id) SELECT :roleId, id FROM departments WHERE id IN (:deptIds)")
    void addDeptLinks(UUID roleId, Collection<UUID> deptIds);

    RoleRow save(RoleRow row);

    /** Optimistic: matches on id and version, throws {@code OptimisticLockException} otherwise. */
    RoleRow update(RoleRow row);

    /** The live roles whose lower-cased code is one of {@code lowerCodes}; uses the {@code lower(code)} unique index. */
    @Query("SELECT id, lower(code) AS code FROM roles WHERE lower(code) IN (:lowerCodes) AND deleted_at IS NULL")
    List<RoleCodeRow> findLiveByLowerCodes(Collection<String> lowerCodes);
}
