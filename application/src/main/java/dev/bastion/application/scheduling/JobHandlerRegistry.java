package dev.bastion.application.scheduling;

import dev.bastion.domain.scheduling.HandlerKey;
import dev.bastion.domain.scheduling.JobHandler;
import dev.bastion.domain.shared.InvalidValueException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The handlers the code registers, by key; two handlers of one key are refused at start. */
public final class JobHandlerRegistry {

    private final Map<String, JobHandler> byKey = new TreeMap<>();

    public JobHandlerRegistry(Collection<? extends JobHandler> handlers) {
        for (JobHandler handler : handlers) {
            JobHandler before = byKey.putIfAbsent(handler.key().value(), handler);
            if (before != null) {
                throw new IllegalStateException("two job handlers have the key " + handler.key() + ": "
                        + before.getClass().getName() + " and " + handler.getClass().getName());
            }
        }
    }

    public Optional<JobHandler> find(HandlerKey key) {
        return Optional.ofNullable(byKey.get(key.value()));
    }

    /** The handler of {@code key}, or {@code VALIDATION_ERROR} on {@code handler} naming the known keys. */
    public JobHandler require(HandlerKey key) {
        return find(key).orElseThrow(() -> new InvalidValueException("handler", "no handler is registered as '"
                + key + "'; the handlers are: " + String.join(", ", byKey.keySet())));
    }

    public Collection<JobHandler> all() {
        return byKey.values();
    }
}
