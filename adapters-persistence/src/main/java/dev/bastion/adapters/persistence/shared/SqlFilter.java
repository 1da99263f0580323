package dev.bastion.adapters.persistence.shared;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A WHERE clause made only of fixed fragments, and the values of its {@code ?} parameters in
 * order: filter values are always bound, never concatenated.
 */
public record SqlFilter(String where, List<Object> values) {

    public SqlFilter {
        values = List.copyOf(values);
    }

    /** {@code predicates} joined with AND, or no clause at all when there are none. */
    public static SqlFilter of(List<String> predicates, List<Object> values) {
        return new SqlFilter(predicates.isEmpty() ? "" : " WHERE " + String.join(" AND ", predicates), values);
    }

    /**
     * The LIKE pattern (with {@code ESCAPE '!'}) matching what starts with {@code prefix} taken
     * literally: {@code !}, {@code %} and {@code _} in it stand for themselves.
     */
    public static String likePrefix(String prefix) {
        return prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    /** This filter and one more fixed {@code predicate}, whose {@code ?} parameters take {@code predicateValues}. */
    public SqlFilter and(String predicate, List<Object> predicateValues) {
        List<Object> all = new ArrayList<>(values);
        all.addAll(predicateValues);
        return new SqlFilter(where.isEmpty() ? " WHERE " + predicate : where + " AND " + predicate, all);
    }

    /**
     * Binds the values from parameter 1 on ({@code UUID[]} as a PostgreSQL {@code uuid[]}, {@code String[]}
     * as a {@code text[]});
     * returns the index of the next parameter.
     */
    public int bind(PreparedStatement statement) throws SQLException {
        int index = 1;
        for (Object value : values) {
            if (value instanceof UUID[] uuids) {
                statement.setArray(index++, statement.getConnection().createArrayOf("uuid", uuids));
            } else if (value instanceof String[] strings) {
                statement.setArray(index++, statement.getConnection().createArrayOf("text", strings));
            } else {
                statement.setObject(index++, value);
            }
        }
        return index;
    }
}
