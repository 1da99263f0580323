package dev.bastion.application.scheduling;

import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.scheduling.ConcurrencyPolicy;
import dev.bastion.domain.scheduling.MisfirePolicy;
import java.util.Map;

/**
 * A new job, planned at once when enabled. Refused: a handler no bean provides (400 on
 * {@code handler}, naming the known keys), a cron the parser rejects (400 on {@code cron} with its
 * reason), parameters failing the handler's schema (400 on {@code parameters.<name>}), a timeout
 * of zero or less or over a day, a name already taken (409 on {@code name}), a handler whose
 * required permissions the actor does not hold (403).
 */
public interface CreateJob {

    JobView create(UserId actor, Command command);

    /**
     * Text as the client sent it. Defaults: timezone UTC, parameters none, enabled true,
     * concurrency FORBID, misfire FIRE_ONCE, timeout one hour.
     */
    record Command(String name, String handler, String cron, String timezone, Map<String, Object> parameters,
                   Boolean enabled, ConcurrencyPolicy concurrency, MisfirePolicy misfire, String timeout,
                   String description) {
    }
}
