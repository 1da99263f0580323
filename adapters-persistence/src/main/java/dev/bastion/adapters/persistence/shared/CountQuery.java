package dev.bastion.adapters.persistence.shared;

import java.util.List;

/**
 * A statement answering one number, the exact total of a listing, and the values of its {@code ?}
 * parameters in order: a listing passes one when it can get its total cheaper than by counting
 * the matching rows (from maintained counters). It runs as a scalar subquery of the page's statement.
 *
 * @param sql fixed fragments only (a constant of the caller, never input)
 */
public record CountQuery(String sql, List<Object> values) {

    public CountQuery {
        values = List.copyOf(values);
    }
}
