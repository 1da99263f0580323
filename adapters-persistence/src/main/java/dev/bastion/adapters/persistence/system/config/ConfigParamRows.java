package dev.bastion.adapters.persistence.system.config;

import dev.bastion.domain.system.config.ConfigConstraints;
import dev.bastion.domain.system.config.ConfigDefinition;
import dev.bastion.domain.system.config.ConfigKey;
import dev.bastion.domain.system.config.ConfigParamId;
import dev.bastion.domain.system.config.ConfigParamSnapshot;
import dev.bastion.domain.system.config.ConfigType;
import java.util.List;

/** Snapshots to rows and back (by hand: the definition and its constraints are flattened into columns). */
final class ConfigParamRows {

    private ConfigParamRows() {
    }

    static ConfigParamRow toRow(ConfigParamSnapshot s) {
        ConfigDefinition d = s.definition();
        ConfigConstraints c = d.constraints();
        return new ConfigParamRow(s.id().value(), d.key().value(), d.name(), d.type().name(), s.value(), c.min(),
                c.max(), c.pattern(), c.allowed() == null ? null : c.allowed().toArray(String[]::new),
                d.description(), s.builtIn(), s.overridden(), s.version(), s.createdAt(), s.updatedAt());
    }

    static ConfigParamSnapshot toSnapshot(ConfigParamRow row) {
        ConfigConstraints constraints = new ConfigConstraints(row.constraintMin(), row.constraintMax(),
                row.constraintPattern(), row.constraintAllowed() == null ? null : List.of(row.constraintAllowed()));
        ConfigDefinition definition = new ConfigDefinition(new ConfigKey(row.key()), row.name(),
                ConfigType.valueOf(row.type()), constraints, row.description());
        return new ConfigParamSnapshot(new ConfigParamId(row.id()), definition, row.value(), row.builtIn(),
                row.overridden(), row.version(), row.createdAt(), row.updatedAt());
    }
}
