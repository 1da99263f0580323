package dev.bastion.adapters.persistence.system.notice;

import dev.bastion.adapters.persistence.shared.SqlInstants;
import dev.bastion.domain.access.RoleId;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.system.notice.NoticeAudience;
import dev.bastion.domain.system.notice.NoticeContent;
import dev.bastion.domain.system.notice.NoticeDetails;
import dev.bastion.domain.system.notice.NoticeId;
import dev.bastion.domain.system.notice.NoticeLevel;
import dev.bastion.domain.system.notice.NoticeSnapshot;
import dev.bastion.domain.system.notice.NoticeStatus;
import dev.bastion.domain.system.notice.NoticeType;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * A {@code notices} row to and from a {@link NoticeSnapshot}, by column name. By hand rather than
 * through a {@code @MappedEntity}: the audience lives in {@code uuid[]} columns, which the generic
 * mapping does not carry, and the same reader serves the listings that join read receipts.
 */
final class NoticeRows {

    /** The columns written, in the order {@link #bind} binds them. */
    static final String COLUMNS = "id, title, content, type, level, audience_all, audience_role_ids, "
            + "audience_dept_ids, audience_user_ids, publish_at, expires_at, status, created_by, published_at, "
            + "version, created_at, updated_at, deleted_at";
    static final String PLACEHOLDERS = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?";

    private NoticeRows() {
    }

    static NoticeSnapshot read(ResultSet row) throws SQLException {
        NoticeAudience audience = new NoticeAudience(row.getBoolean("audience_all"),
                ids(row.getArray("audience_role_ids"), RoleId::new), ids(row.getArray("audience_dept_ids"), DeptId::new),
                ids(row.getArray("audience_user_ids"), UserId::new));
        NoticeDetails details = new NoticeDetails(row.getString("title"), new NoticeContent(row.getString("content")),
                NoticeType.valueOf(row.getString("type")), NoticeLevel.valueOf(row.getString("level")), audience,
                instant(row, "publish_at"), instant(row, "expires_at"));
        return new NoticeSnapshot(new NoticeId(row.getObject("id", UUID.class)), details,
                NoticeStatus.valueOf(row.getString("status")), new UserId(row.getObject("created_by", UUID.class)),
                instant(row, "published_at"), row.getLong("version"), instant(row, "created_at"),
                instant(row, "updated_at"), instant(row, "deleted_at"));
    }

    /** Binds the columns of {@link #COLUMNS} from parameter {@code first} on; returns the next parameter's index. */
    static int bind(PreparedStatement statement, int first, NoticeSnapshot s) throws SQLException {
        Connection connection = statement.getConnection();
        NoticeDetails d = s.details();
        int i = first;
        statement.setObject(i++, s.id().value());
        statement.setString(i++, d.title());
        statement.setString(i++, d.content().html());
        statement.setString(i++, d.type().name());
        statement.setString(i++, d.level().name());
        statement.setBoolean(i++, d.audience().all());
        statement.setArray(i++, uuids(connection, d.audience().roleIds().stream().map(RoleId::value).toList()));
        statement.setArray(i++, uuids(connection, d.audience().deptIds().stream().map(DeptId::value).toList()));
        statement.setArray(i++, uuids(connection, d.audience().userIds().stream().map(UserId::value).toList()));
        setInstant(statement, i++, d.publishAt());
        setInstant(statement, i++, d.expiresAt());
        statement.setString(i++, s.status().name());
        statement.setObject(i++, s.createdBy().value());
        setInstant(statement, i++, s.publishedAt());
        statement.setLong(i++, s.version());
        setInstant(statement, i++, s.createdAt());
        setInstant(statement, i++, s.updatedAt());
        setInstant(statement, i++, s.deletedAt());
        return i;
    }

    static Array uuids(Connection connection, List<UUID> ids) throws SQLException {
        return connection.createArrayOf("uuid", ids.toArray());
    }

    static void setInstant(PreparedStatement statement, int index, Instant at) throws SQLException {
        SqlInstants.bind(statement, index, at);
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        return SqlInstants.read(row, column);
    }

    private static <T> List<T> ids(Array array, Function<UUID, T> id) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((Object[]) array.getArray()).map(value -> id.apply((UUID) value)).toList();
    }
}
