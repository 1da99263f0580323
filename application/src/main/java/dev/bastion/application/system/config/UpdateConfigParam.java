package dev.bastion.application.system.config;

import dev.bastion.application.shared.FieldPatch;
import dev.bastion.domain.system.config.ConfigConstraints;
import dev.bastion.domain.system.config.ConfigDefinition;
import dev.bastion.domain.system.config.ConfigParamId;
import dev.bastion.domain.system.config.ConfigType;
import java.util.Objects;

/**
 * Changes a parameter read at {@code version} (a stale one is {@code VERSION_CONFLICT}). A patch: a
 * field left out keeps its value; {@code description} or {@code constraints} given as null are
 * cleared; {@code name}, {@code type} and {@code value} cannot be. The key never changes. A built-in's
 * {@code type} and {@code constraints} cannot change (refused naming the field), and its value must
 * keep the rules between built-ins (refresh TTL ≥ access TTL …; refused naming {@code value}). A
 * value given pins a built-in: it no longer follows its environment variable.
 */
public interface UpdateConfigParam {

    ConfigParamView update(Command command);

    record Command(ConfigParamId id, long version, FieldPatch<String> name, FieldPatch<String> description,
                   FieldPatch<ConfigType> type, FieldPatch<ConfigConstraints> constraints,
                   FieldPatch<String> value) {

        public Command {
            Objects.requireNonNull(id, "id");
            name = name.requireValue("name");
            Objects.requireNonNull(description, "description");
            type = type.requireValue("type");
            Objects.requireNonNull(constraints, "constraints");
            value = value.requireValue("value");
        }

        /** Every field given: the parameter's whole new state. */
        public static Command everyField(ConfigParamId id, ConfigDefinition definition, String value, long version) {
            return new Command(id, version, FieldPatch.of(definition.name()), FieldPatch.of(definition.description()),
                    FieldPatch.of(definition.type()), FieldPatch.of(definition.constraints()), FieldPatch.of(value));
        }

        /** The definition once this patch is applied to {@code current}. */
        public ConfigDefinition applyTo(ConfigDefinition current) {
            ConfigConstraints newConstraints = constraints.applyTo(current.constraints());
            return new ConfigDefinition(current.key(), name.applyTo(current.name()),
                    type.applyTo(current.type()), newConstraints == null ? ConfigConstraints.NONE : newConstraints,
                    description.applyTo(current.description()));
        }
    }
}
