package dev.bastion.adapters.persistence.shared;

import java.util.List;

/**
 * Columns a read adds to its table's own, as {@code , <expression> AS <name>} items of the select
 * list (typically {@code ARRAY(...)} subqueries reading a row's links in the row's own statement),
 * and the values of their {@code ?} parameters in order. An expression names the table's row by
 * the table's name ({@code roles.id}).
 *
 * @param sql fixed fragments only (a constant of the caller, never input)
 */
public record SqlColumns(String sql, List<Object> values) {

    /** The table's own columns only. */
    public static final SqlColumns NONE = new SqlColumns("", List.of());

    public SqlColumns {
        values = List.copyOf(values);
    }
}
