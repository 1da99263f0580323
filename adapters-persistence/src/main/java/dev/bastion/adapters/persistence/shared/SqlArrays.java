package dev.bastion.adapters.persistence.shared;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads a {@code uuid[]} column, such as an {@code ARRAY(...)} subquery of {@link SqlColumns}. */
public final class SqlArrays {

    private SqlArrays() {
    }

    /** The column's elements in order; none for an empty array or NULL. */
    public static List<UUID> uuids(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        if (array == null) {
            return List.of();
        }
        try {
            Object[] elements = (Object[]) array.getArray();
            List<UUID> uuids = new ArrayList<>(elements.length);
            for (Object element : elements) {
                uuids.add((UUID) element);
            }
            return uuids;
        } finally {
            array.free();
        }
    }
}
