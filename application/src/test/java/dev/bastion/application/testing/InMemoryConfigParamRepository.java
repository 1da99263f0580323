package dev.bastion.application.testing;

import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.NotFoundException;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import dev.bastion.domain.shared.VersionConflictException;
import dev.bastion.domain.system.config.ConfigKey;
import dev.bastion.domain.system.config.ConfigParam;
import dev.bastion.domain.system.config.ConfigParamId;
import dev.bastion.domain.system.config.ConfigParamQuery;
import dev.bastion.domain.system.config.ConfigParamRepository;
import dev.bastion.domain.system.config.ConfigParamSnapshot;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link ConfigParamRepository} in memory, for use-case tests: stores snapshots, refuses a key in use
 * and a stale version like the real one, appends the events to an {@link InMemoryEventOutbox}, and
 * counts reads ({@link #reads()}) so a test can tell that a cache spared the store.
 */
public final class InMemoryConfigParamRepository implements ConfigParamRepository {

    private final Map<ConfigParamId, ConfigParamSnapshot> rows = new LinkedHashMap<>();
    private final InMemoryEventOutbox outbox;
    private int reads;

    public InMemoryConfigParamRepository(InMemoryEventOutbox outbox) {
        this.outbox = outbox;
    }

    public InMemoryConfigParamRepository() {
        this(new InMemoryEventOutbox());
    }

    @Override
    public synchronized Optional<ConfigParam> findById(ConfigParamId id) {
        reads++;
        return Optional.ofNullable(rows.get(id)).map(ConfigParam::reconstitute);
    }

    @Override
    public synchronized Optional<ConfigParam> findByKey(ConfigKey key) {
        reads++;
        return rows.values().stream().filter(r -> r.definition().key().equals(key)).findFirst()
                .map(ConfigParam::reconstitute);
    }

    @Override
    public synchronized List<ConfigParam> findBuiltIns() {
        reads++;
        return rows.values().stream().filter(ConfigParamSnapshot::builtIn)
                .sorted(Comparator.comparing(r -> r.definition().key())).map(ConfigParam::reconstitute).toList();
    }

    @Override
    public synchronized Page<ConfigParam> find(ConfigParamQuery query, PageRequest page) {
        reads++;
        List<ConfigParamSnapshot> matching = rows.values().stream()
                .filter(r -> query.keyPrefix() == null || r.definition().key().value().startsWith(query.keyPrefix()))
                .filter(r -> query.type() == null || r.definition().type() == query.type())
                .filter(r -> query.builtIn() == null || r.builtIn() == query.builtIn())
                .sorted(Comparator.comparing(r -> r.definition().key()))
                .toList();
        return Page.of(matching.stream().skip(page.offset()).limit(page.size()).map(ConfigParam::reconstitute)
                .toList(), matching.size(), page);
    }

    @Override
    public synchronized void add(ConfigParam param) {
        ConfigParamSnapshot row = param.snapshot();
        if (row.version() != 0) {
            throw new IllegalArgumentException("a new parameter is at version 0, not " + row.version());
        }
        if (rows.values().stream().anyMatch(r -> r.definition().key().equals(row.definition().key()))) {
            throw new ConflictException("key", "a parameter with this key exists");
        }
        rows.put(row.id(), row);
        outbox.append(param.pullEvents());
    }

    @Override
    public synchronized ConfigParam update(ConfigParam param) {
        ConfigParamSnapshot changed = param.snapshot();
        ConfigParamSnapshot stored = rows.get(changed.id());
        if (stored == null) {
            throw new NotFoundException("parameter " + changed.id());
        }
        if (stored.version() != changed.version()) {
            throw new VersionConflictException("parameter " + changed.id());
        }
        ConfigParamSnapshot saved = new ConfigParamSnapshot(changed.id(), changed.definition(), changed.value(),
                changed.builtIn(), changed.overridden(), stored.version() + 1, changed.createdAt(),
                changed.updatedAt());
        rows.put(saved.id(), saved);
        outbox.append(param.pullEvents());
        return ConfigParam.reconstitute(saved);
    }

    @Override
    public synchronized void remove(ConfigParam param) {
        rows.remove(param.id());
        outbox.append(param.pullEvents());
    }

    /** How many reads the store answered. */
    public synchronized int reads() {
        return reads;
    }
}
