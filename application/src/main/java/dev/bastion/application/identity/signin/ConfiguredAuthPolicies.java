package dev.bastion.application.identity.signin;

import dev.bastion.application.shared.events.DomainEventListener;
import dev.bastion.domain.shared.DomainEvent;
import dev.bastion.domain.shared.InvalidValueException;
import dev.bastion.domain.system.config.ConfigKey;
import dev.bastion.domain.system.config.ConfigParamChanged;
import dev.bastion.domain.system.config.ConfigParamCreated;
import dev.bastion.domain.system.config.ConfigParamDeleted;
import dev.bastion.domain.system.config.ConfigParamRepository;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

/**
 * {@link AuthPolicies} from the built-in parameters ({@link AuthParameters}), kept in memory: once
 * read, the settings are served without touching the database until a parameter event (heard on
 * every instance after the change committed) drops them; the next use reads them again. One value,
 * so a field rather than a cache library. A drop that happens while a read runs wins: the value read
 * may answer that call but is not kept, since it may predate the change.
 *
 * <p>A built-in missing from the store (never, after the start-up seeding) takes its start-up value;
 * should the stored values ever fail to make valid settings, the start-up settings answer instead,
 * so sign-in keeps working.
 */
public final class ConfiguredAuthPolicies implements AuthPolicies, DomainEventListener {

    /** Events after which the settings may have changed. */
    static final Set<Class<? extends DomainEvent>> CHANGES = Set.of(ConfigParamCreated.class,
            ConfigParamChanged.class, ConfigParamDeleted.class);

    private final ConfigParamRepository params;
    private final Map<ConfigKey, String> startupValues;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private long generation;
    private volatile AuthSettings current;

    /** @param startupValues the built-ins' values from the environment, by key */
    public ConfiguredAuthPolicies(ConfigParamRepository params, Map<ConfigKey, String> startupValues) {
        this.params = Objects.requireNonNull(params, "params");
        this.startupValues = Map.copyOf(startupValues);
    }

    @Override
    public AuthSettings current() {
        AuthSettings cached = current;
        if (cached != null) {
            hits.increment();
            return cached;
        }
        misses.increment();
        long readAt;
        synchronized (this) {
            readAt = generation;
        }
        AuthSettings loaded = load();
        synchronized (this) {
            if (generation == readAt) {
                current = loaded;
            }
        }
        return loaded;
    }

    @Override
    public void on(DomainEvent event) {
        if (CHANGES.contains(event.getClass())) {
            forget();
        }
    }

    /** Drops the settings held (an operator's clear, or a parameter event): the next use reads them again. */
    public void forget() {
        synchronized (this) {
            generation++;
            current = null;
        }
    }

    /** Whether the settings are held now (the cache monitor shows it as one entry or none). */
    public boolean holds() {
        return current != null;
    }

    /** Uses answered from memory since start. */
    public long hits() {
        return hits.sum();
    }

    /** Uses that read the parameters since start. */
    public long misses() {
        return misses.sum();
    }

    private AuthSettings load() {
        Map<ConfigKey, String> stored = new HashMap<>();
        params.findBuiltIns().forEach(p -> stored.put(p.key(), p.value()));
        try {
            return AuthParameters.settings(stored, startupValues);
        } catch (InvalidValueException | IllegalArgumentException e) {
            return AuthParameters.settings(startupValues, Map.of());
        }
    }
}
