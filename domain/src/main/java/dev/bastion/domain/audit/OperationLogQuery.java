package dev.bastion.domain.audit;

import dev.bastion.domain.shared.InvalidValueException;
import java.time.Instant;

/**
 * Filters of the operation log; null means "any". {@code actor} is a username (exact, ignoring
 * case); {@code module} and {@code route} match exactly; {@code from} is inclusive and {@code to}
 * exclusive. Listings are newest first.
 */
public record OperationLogQuery(String actor, String module, String route, OperationOutcome outcome,
                                Integer status, Instant from, Instant to) {

    public OperationLogQuery {
        if (actor != null && actor.length() > OperationRecord.MAX_USERNAME) {
            throw new InvalidValueException("actor", "must be at most 64 characters");
        }
        if (module != null && module.length() > OperationRecord.MAX_MODULE) {
            throw new InvalidValueException("module", "must be at most 64 characters");
        }
        if (route != null && route.length() > OperationRecord.MAX_ROUTE) {
            throw new InvalidValueException("route", "must be at most 255 characters");
        }
        if (status != null && (status < 100 || status > 599)) {
            throw new InvalidValueException("status", "must be an HTTP status (100-599)");
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidValueException("to", "must be after from");
        }
    }

    public static OperationLogQuery any() {
        return new OperationLogQuery(null, null, null, null, null, null, null);
    }
}
