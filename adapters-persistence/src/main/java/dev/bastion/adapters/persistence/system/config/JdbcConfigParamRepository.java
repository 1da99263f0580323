package dev.bastion.adapters.persistence.system.config;

import dev.bastion.adapters.persistence.shared.JdbcEventOutbox;
import dev.bastion.adapters.persistence.shared.PagedQueries;
import dev.bastion.adapters.persistence.shared.UniqueViolation;
import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import dev.bastion.domain.shared.VersionConflictException;
import dev.bastion.domain.system.config.ConfigKey;
import dev.bastion.domain.system.config.ConfigParam;
import dev.bastion.domain.system.config.ConfigParamId;
import dev.bastion.domain.system.config.ConfigParamQuery;
import dev.bastion.domain.system.config.ConfigParamRepository;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.exceptions.OptimisticLockException;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** {@link ConfigParamRepository} on PostgreSQL; a deleted parameter's row is removed (its key may be used again). */
@Singleton
final class JdbcConfigParamRepository implements ConfigParamRepository {

    private final ConfigParamRowRepository rows;
    private final PagedQueries queries;
    private final JdbcEventOutbox outbox;

    JdbcConfigParamRepository(ConfigParamRowRepository rows, PagedQueries queries, JdbcEventOutbox outbox) {
        this.rows = rows;
        this.queries = queries;
        this.outbox = outbox;
    }

    @Override
    public Optional<ConfigParam> findById(ConfigParamId id) {
        return rows.findById(id.value()).map(JdbcConfigParamRepository::toParam);
    }

    @Override
    public Optional<ConfigParam> findByKey(ConfigKey key) {
        return rows.findByKey(key.value()).map(JdbcConfigParamRepository::toParam);
    }

    @Override
    public List<ConfigParam> findBuiltIns() {
        return rows.findBuiltIns().stream().map(JdbcConfigParamRepository::toParam).toList();
    }

    @Override
    public Page<ConfigParam> find(ConfigParamQuery query, PageRequest page) {
        return queries.page("config_params", ConfigParamFilter.of(query), "key ASC", ConfigParamRow.class,
                JdbcConfigParamRepository::toParam, page);
    }

    @Override
    public void add(ConfigParam param) {
        try {
            rows.save(ConfigParamRows.toRow(param.snapshot()));
        } catch (DataAccessException e) {
            throw translate(e);
        }
        outbox.appendFrom(param);
    }

    @Override
    public ConfigParam update(ConfigParam param) {
        ConfigParam stored;
        try {
            stored = toParam(rows.update(ConfigParamRows.toRow(param.snapshot())));
        } catch (OptimisticLockException e) {
            throw new VersionConflictException("parameter " + param.id());
        }
        outbox.appendFrom(param);
        return stored;
    }

    @Override
    public void remove(ConfigParam param) {
        rows.deleteRow(param.id().value());
        outbox.appendFrom(param);
    }

    private static ConfigParam toParam(ConfigParamRow row) {
        return ConfigParam.reconstitute(ConfigParamRows.toSnapshot(row));
    }

    private static RuntimeException translate(DataAccessException failure) {
        return UniqueViolation.constraintOf(failure)
                .<RuntimeException>map(constraint -> new ConflictException("key", "a parameter with this key exists"))
                .orElse(failure);
    }
}
