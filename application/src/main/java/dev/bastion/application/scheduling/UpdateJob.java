package dev.bastion.application.scheduling;

import dev.bastion.application.shared.FieldPatch;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.scheduling.ConcurrencyPolicy;
import dev.bastion.domain.scheduling.JobId;
import dev.bastion.domain.scheduling.MisfirePolicy;
import java.util.Map;
import java.util.Objects;

/**
 * Edits a job read at {@code version} (a stale one is {@code VERSION_CONFLICT}). A patch: a field
 * left out keeps its value; {@code description} given as null is cleared, {@code timezone} as null
 * is UTC, {@code parameters} as null is none; the others cannot be null. The parameters (given or
 * kept) are checked against the handler (given or kept). The next firing is planned again from
 * the new cron. Refused as {@link CreateJob} is.
 */
public interface UpdateJob {

    JobView update(UserId actor, Command command);

    record Command(JobId id, long version, FieldPatch<String> name, FieldPatch<String> handler,
                   FieldPatch<String> cron, FieldPatch<String> timezone, FieldPatch<Map<String, Object>> parameters,
                   FieldPatch<ConcurrencyPolicy> concurrency, FieldPatch<MisfirePolicy> misfire,
                   FieldPatch<String> timeout, FieldPatch<String> description) {

        public Command {
            Objects.requireNonNull(id, "id");
            name = name.requireValue("name");
            handler = handler.requireValue("handler");
            cron = cron.requireValue("cron");
            Objects.requireNonNull(timezone, "timezone");
            Objects.requireNonNull(parameters, "parameters");
            concurrency = concurrency.requireValue("concurrency");
            misfire = misfire.requireValue("misfire");
            timeout = timeout.requireValue("timeout");
            Objects.requireNonNull(description, "description");
        }
    }
}
