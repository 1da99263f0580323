package dev.bastion.application.system.config;

import dev.bastion.application.shared.Transactions;
import dev.bastion.domain.shared.Clock;
import dev.bastion.domain.shared.InvalidValueException;
import dev.bastion.domain.shared.NotFoundException;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import dev.bastion.domain.shared.VersionConflictException;
import dev.bastion.domain.system.config.ConfigDefinition;
import dev.bastion.domain.system.config.ConfigKey;
import dev.bastion.domain.system.config.ConfigParam;
import dev.bastion.domain.system.config.ConfigParamId;
import dev.bastion.domain.system.config.ConfigParamQuery;
import dev.bastion.domain.system.config.ConfigParamRepository;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Typed run-time parameters: plain CRUD plus the built-ins' rules. Every write runs under one
 * cluster-wide lock, so a rule between two built-ins (refresh TTL ≥ access TTL) is checked against
 * the values the write will commit beside, never against a concurrent write's stale read.
 * Parameters grant nothing: the permission of each operation is all it needs.
 */
public final class ConfigParamsService implements ListConfigParams, GetConfigParam, CreateConfigParam,
        UpdateConfigParam, DeleteConfigParam, SeedBuiltInParams {

    static final String WRITE_LOCK = "config-params";

    private final ConfigParamRepository params;
    private final ConfigRule rule;
    private final Transactions transactions;
    private final Clock clock;

    public ConfigParamsService(ConfigParamRepository params, ConfigRule rule, Transactions transactions, Clock clock) {
        this.params = params;
        this.rule = rule;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Page<ConfigParamView> list(ConfigParamQuery query, PageRequest page) {
        return params.find(query, page).map(ConfigParamView::of);
    }

    @Override
    public ConfigParamView get(ConfigKey key) {
        return params.findByKey(key).map(ConfigParamView::of)
                .orElseThrow(() -> new NotFoundException("parameter " + key));
    }

    @Override
    public ConfigParamView get(ConfigParamId id) {
        return ConfigParamView.of(find(id));
    }

    @Override
    public ConfigParamView create(CreateConfigParam.Command command) {
        ConfigParam created = transactions.inExclusiveTransaction(WRITE_LOCK, () -> {
            ConfigParam param = ConfigParam.create(ConfigParamId.newId(), command.definition(), command.value(),
                    clock.now());
            params.add(param);
            return param;
        });
        return ConfigParamView.of(created);
    }

    @Override
    public ConfigParamView update(UpdateConfigParam.Command command) {
        ConfigParam updated = transactions.inExclusiveTransaction(WRITE_LOCK, () -> {
            ConfigParam param = find(command.id());
            if (param.version() != command.version()) {
                throw new VersionConflictException("parameter " + command.id());
            }
            param.requireKeeps(command.type().applyTo(param.definition().type()),
                    command.constraints().applyTo(param.definition().constraints()));
            ConfigDefinition definition = command.applyTo(param.definition());
            String value = command.value().applyTo(param.value());
            param.revise(definition, value, command.value().isGiven(), clock.now());
            if (param.builtIn()) {
                Map<ConfigKey, String> values = builtInValues();
                values.put(param.key(), param.value());
                rule.check(values);
            }
            return params.update(param);
        });
        return ConfigParamView.of(updated);
    }

    @Override
    public void delete(ConfigParamId id) {
        transactions.inExclusiveTransaction(WRITE_LOCK, () -> {
            ConfigParam param = find(id);
            param.delete(clock.now());
            params.remove(param);
            return null;
        });
    }

    @Override
    public void seed(java.util.List<BuiltInParam> builtIns) {
        transactions.inExclusiveTransaction(WRITE_LOCK, () -> {
            Instant now = clock.now();
            Map<ConfigKey, ConfigParam> existing = new HashMap<>();
            params.findBuiltIns().forEach(p -> existing.put(p.key(), p));
            Map<ConfigKey, String> values = new HashMap<>();
            for (BuiltInParam builtIn : builtIns) {
                ConfigDefinition definition = builtIn.definition();
                ConfigParam param = existing.get(definition.key());
                try {
                    if (param == null) {
                        param = seedMissing(builtIn, now);
                    } else {
                        var before = param.snapshot();
                        param.followDefinition(definition, builtIn.variable(), builtIn.environmentValue(), now);
                        if (!param.snapshot().equals(before)) {
                            param = params.update(param);
                        }
                    }
                } catch (InvalidValueException e) {
                    throw new IllegalStateException(e.field() + " " + e.getMessage(), e);
                }
                values.put(param.key(), param.value());
            }
            try {
                rule.check(values);
            } catch (InvalidValueException e) {
                throw new IllegalStateException("the built-in parameters do not fit together: " + e.getMessage()
                        + " (values by key: " + values + "); change the environment variables or the parameters", e);
            }
            return null;
        });
    }

    private ConfigParam seedMissing(BuiltInParam builtIn, Instant now) {
        Optional<ConfigParam> sameKey = params.findByKey(builtIn.definition().key());
        if (sameKey.isPresent()) {
            throw new IllegalStateException("parameter " + builtIn.definition().key()
                    + " exists but is not built in; delete it so the built-in can be seeded");
        }
        ConfigParam param = ConfigParam.seedBuiltIn(ConfigParamId.newId(), builtIn.definition(), builtIn.variable(),
                builtIn.environmentValue(), now);
        params.add(param);
        return param;
    }

    private Map<ConfigKey, String> builtInValues() {
        Map<ConfigKey, String> values = new HashMap<>();
        params.findBuiltIns().forEach(p -> values.put(p.key(), p.value()));
        return values;
    }

    private ConfigParam find(ConfigParamId id) {
        Objects.requireNonNull(id, "id");
        return params.findById(id).orElseThrow(() -> new NotFoundException("parameter " + id));
    }
}
