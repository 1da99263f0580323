package dev.bastion.adapters.persistence.system.notice;

/**
 * The SQL of "the notices visible to one reader at a moment", shared by the reader's queries. The
 * reader's live roles and their department with its ancestors are gathered once (a CTE), so each
 * notice is matched by array overlaps alone; a notice for a department reaches everything below it
 * because the reader's ancestry contains it. Parameters, in order: the reader, the moment (twice).
 */
final class ReaderSql {

    /** The visible notices {@code n} with the reader {@code reader} and their receipt {@code r} (null: unread). */
    static final String VISIBLE = """
            WITH reader AS (
                SELECT u.id,
                       ARRAY(SELECT ur.role_id FROM user_roles ur
                               JOIN roles ro ON ro.id = ur.role_id AND ro.deleted_at IS NULL
                              WHERE ur.user_id = u.id) AS roles,
                       ARRAY(WITH RECURSIVE lineage(id, parent_id, depth) AS (
                                 SELECT d.id, d.parent_id, 0 FROM departments d WHERE d.id = u.dept_id
                                 UNION ALL
                                 SELECT d.id, d.parent_id, l.depth + 1 FROM departments d
                                   JOIN lineage l ON d.id = l.parent_id WHERE l.depth < 1000)
                             SELECT id FROM lineage) AS depts
                  FROM users u WHERE u.id = ? AND u.deleted_at IS NULL
            )
            SELECT %s
              FROM notices n CROSS JOIN reader
              LEFT JOIN notice_reads r ON r.notice_id = n.id AND r.user_id = reader.id
             WHERE n.status = 'PUBLISHED' AND n.deleted_at IS NULL
               AND (n.publish_at IS NULL OR n.publish_at <= ?)
               AND (n.expires_at IS NULL OR n.expires_at > ?)
               AND (n.audience_all OR reader.id = ANY(n.audience_user_ids)
                    OR n.audience_role_ids && reader.roles OR n.audience_dept_ids && reader.depts)
            """;

    /** The order readers see notices in: when they were first shown, newest first. */
    static final String SHOWN_NEWEST_FIRST = " ORDER BY coalesce(n.publish_at, n.published_at) DESC, n.id DESC";

    private ReaderSql() {
    }

    /** {@link #VISIBLE} selecting {@code select}, and {@code more} (further predicates, ORDER BY, LIMIT) after it. */
    static String visible(String select, String more) {
        return VISIBLE.formatted(select) + more;
    }
}
