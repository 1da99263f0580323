package dev.bastion.adapters.persistence.audit;

import dev.bastion.adapters.persistence.shared.CountQuery;
import dev.bastion.domain.audit.OperationLogQuery;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The exact number of operation-log entries in a time range (and a module), from the entries per UTC
 * hour and module that {@code operation_log_hours} keeps (V18, kept by triggers in each writing
 * transaction): the whole hours inside the range are added up there, and only the entries of the
 * partial hours at its ends are counted in the table. One statement, so one snapshot: the same number
 * a {@code count(*)} would give at that moment. Applies to a listing filtered by time and module
 * alone; any other filter counts rows.
 */
final class OperationLogHours {

    private OperationLogHours() {
    }

    /** Whether {@code query} filters by time and module alone, so that the hours give its total. */
    static boolean apply(OperationLogQuery query) {
        return query.actor() == null && query.route() == null
                && query.outcome() == null && query.status() == null;
    }

    /** Entries of {@code module} (null: any) with {@code from <= at < to} (either may be null: open on that side). */
    static CountQuery total(String module, Instant from, Instant to) {
        String ofModule = module == null ? "" : " AND module = ?";
        Instant firstHour = from == null ? null : ceilHour(from);
        Instant endHour = to == null ? null : to.truncatedTo(ChronoUnit.HOURS);
        if (firstHour != null && endHour != null && !firstHour.isBefore(endHour)) {
            // no whole hour inside: the range is at most two partial hours, count it
            return query("SELECT count(*) FROM operation_log WHERE at >= ? AND at < ?" + ofModule,
                    withModule(List.of(from, to), module));
        }
        StringBuilder sql = new StringBuilder("SELECT (SELECT coalesce(sum(entries), 0) FROM operation_log_hours");
        List<Object> values = new ArrayList<>();
        List<String> hours = new ArrayList<>();
        if (module != null) {
            hours.add("module = ?");
            values.add(module);
        }
        if (firstHour != null) {
            hours.add("hour >= ?");
            values.add(firstHour);
        }
        if (endHour != null) {
            hours.add("hour < ?");
            values.add(endHour);
        }
        if (!hours.isEmpty()) {
            sql.append(" WHERE ").append(String.join(" AND ", hours));
        }
        sql.append(")");
        if (from != null && from.isBefore(firstHour)) {
            sql.append(" + (SELECT count(*) FROM operation_log WHERE at >= ? AND at < ?" + ofModule + ")");
            values.addAll(withModule(List.of(from, firstHour), module));
        }
        if (to != null && endHour.isBefore(to)) {
            sql.append(" + (SELECT count(*) FROM operation_log WHERE at >= ? AND at < ?" + ofModule + ")");
            values.addAll(withModule(List.of(endHour, to), module));
        }
        return query(sql.toString(), values);
    }

    private static Instant ceilHour(Instant at) {
        Instant hour = at.truncatedTo(ChronoUnit.HOURS);
        return hour.equals(at) ? hour : hour.plus(1, ChronoUnit.HOURS);
    }

    private static List<Object> withModule(List<Instant> range, String module) {
        List<Object> values = new ArrayList<>(range);
        if (module != null) {
            values.add(module);
        }
        return values;
    }

    /** Instants bound as UTC timestamps, as the listing's own filter binds them. */
    private static CountQuery query(String sql, List<Object> values) {
        return new CountQuery(sql, values.stream()
                .map(value -> value instanceof Instant at ? (Object) at.atOffset(ZoneOffset.UTC) : value)
                .toList());
    }
}
