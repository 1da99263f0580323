package dev.bastion.domain.system.config;

import dev.bastion.domain.shared.AggregateRoot;
import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.Objects;

/**
 * A typed run-time configuration parameter: its value is a string that always reads as its type and
 * meets its constraints. Built-in parameters (the sign-in policies) are seeded at start from the
 * environment; they cannot be deleted, and their type and constraints belong to the code. Until an
 * operator sets a built-in's value through the API it follows its environment variable at each start
 * ({@link #followDefinition}); once set ({@link #overridden()}), the operator's value stays.
 */
public final class ConfigParam extends AggregateRoot {

    public static final int MAX_VALUE_LENGTH = 4000;

    private final ConfigParamId id;
    private ConfigDefinition definition;
    private String value;
    private final boolean builtIn;
    private boolean overridden;
    private final long version;
    private final Instant createdAt;
    private Instant updatedAt;
    private boolean deleted;

    private ConfigParam(ConfigParamSnapshot s) {
        this.id = Objects.requireNonNull(s.id(), "id");
        this.definition = Objects.requireNonNull(s.definition(), "definition");
        this.value = Objects.requireNonNull(s.value(), "value");
        this.builtIn = s.builtIn();
        this.overridden = s.overridden();
        this.version = s.version();
        this.createdAt = Objects.requireNonNull(s.createdAt(), "createdAt");
        this.updatedAt = Objects.requireNonNull(s.updatedAt(), "updatedAt");
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative");
        }
    }

    /** A parameter an operator adds through the API. */
    public static ConfigParam create(ConfigParamId id, ConfigDefinition definition, String value, Instant now) {
        requireValid(definition, "value", value);
        ConfigParam param = new ConfigParam(new ConfigParamSnapshot(id, definition, value, false, true, 0, now, now));
        param.record(new ConfigParamCreated(id));
        return param;
    }

    /** A built-in parameter seeded at start with the value of its environment variable ({@code field} names it). */
    public static ConfigParam seedBuiltIn(ConfigParamId id, ConfigDefinition definition, String field,
                                          String environmentValue, Instant now) {
        requireValid(definition, field, environmentValue);
        ConfigParam param = new ConfigParam(new ConfigParamSnapshot(id, definition, environmentValue, true, false, 0,
                now, now));
        param.record(new ConfigParamCreated(id));
        return param;
    }

    public static ConfigParam reconstitute(ConfigParamSnapshot snapshot) {
        return new ConfigParam(snapshot);
    }

    /** Whether {@code value} reads as {@code definition}'s type and meets its constraints; refusals name {@code field}. */
    public static void requireValid(ConfigDefinition definition, String field, String value) {
        if (value == null) {
            throw new InvalidValueException(field, "must not be null");
        }
        if (value.codePointCount(0, value.length()) > MAX_VALUE_LENGTH) {
            throw new InvalidValueException(field, "must be at most " + MAX_VALUE_LENGTH + " characters");
        }
        ConfigType.requirePrintable(field, definition.type(), value);
        definition.type().read(field, value);
        definition.constraints().checkValue(definition.type(), field, value);
    }

    public ConfigParamSnapshot snapshot() {
        return new ConfigParamSnapshot(id, definition, value, builtIn, overridden, version, createdAt, updatedAt);
    }

    /**
     * An operator's change: the new definition and value ({@code valueSent}: the value was given, so a
     * built-in stops following the environment even when it is the same). A built-in's key, type and
     * constraints cannot change (refused naming the field); the key of any parameter is immutable.
     */
    public void revise(ConfigDefinition newDefinition, String newValue, boolean valueSent, Instant now) {
        requireNotDeleted();
        Objects.requireNonNull(newDefinition, "newDefinition");
        if (!newDefinition.key().equals(definition.key())) {
            throw new InvalidValueException("key", "is immutable");
        }
        requireKeeps(newDefinition.type(), newDefinition.constraints());
        requireValid(newDefinition, "value", newValue);
        boolean nowOverridden = overridden || valueSent;
        if (!newDefinition.equals(definition) || !newValue.equals(value) || nowOverridden != overridden) {
            record(new ConfigParamChanged(id));
        }
        definition = newDefinition;
        value = newValue;
        overridden = nowOverridden;
        touch(now);
    }

    /**
     * Refuses, for a built-in, a type or constraints other than its own (naming {@code type} or
     * {@code constraints}): checked before a new definition is even built, since constraints that do
     * not fit the new type would otherwise be reported instead.
     */
    public void requireKeeps(ConfigType newType, ConfigConstraints newConstraints) {
        if (builtIn && newType != definition.type()) {
            throw new InvalidValueException("type", "a built-in parameter's type cannot change (it is "
                    + definition.type() + ")");
        }
        if (builtIn && !Objects.equals(newConstraints == null ? ConfigConstraints.NONE : newConstraints,
                definition.constraints())) {
            throw new InvalidValueException("constraints", "a built-in parameter's constraints cannot change");
        }
    }

    /**
     * At start, a built-in takes the code's type and constraints, keeps the operator's name and
     * description, and, unless an operator set its value (or the operator's value no longer fits),
     * the value of its environment variable ({@code field} names the variable in a refusal).
     */
    public void followDefinition(ConfigDefinition code, String field, String environmentValue, Instant now) {
        requireNotDeleted();
        if (!builtIn || !code.key().equals(definition.key())) {
            throw new IllegalArgumentException("only a built-in follows its definition: " + definition.key());
        }
        requireValid(code, field, environmentValue);
        ConfigDefinition aligned = new ConfigDefinition(definition.key(), definition.name(), code.type(),
                code.constraints(), definition.description());
        boolean keepOperatorValue = overridden && fits(aligned, value);
        String newValue = keepOperatorValue ? value : environmentValue;
        if (!aligned.equals(definition) || !newValue.equals(value) || keepOperatorValue != overridden) {
            record(new ConfigParamChanged(id));
            touch(now);
        }
        definition = aligned;
        value = newValue;
        overridden = keepOperatorValue;
    }

    /** Deletes a parameter an operator added; a built-in is refused ({@code CONFLICT}). */
    public void delete(Instant now) {
        requireNotDeleted();
        if (builtIn) {
            throw ConflictException.ofState("parameter " + definition.key() + " is built in and cannot be "
                    + "deleted; change its value instead");
        }
        deleted = true;
        touch(now);
        record(new ConfigParamDeleted(id));
    }

    private static boolean fits(ConfigDefinition definition, String value) {
        try {
            requireValid(definition, "value", value);
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }

    private void requireNotDeleted() {
        if (deleted) {
            throw ConflictException.ofState("parameter is deleted");
        }
    }

    private void touch(Instant now) {
        Objects.requireNonNull(now, "now");
        updatedAt = now.isBefore(updatedAt) ? updatedAt : now;
    }

    public ConfigParamId id() {
        return id;
    }

    public ConfigKey key() {
        return definition.key();
    }

    public ConfigDefinition definition() {
        return definition;
    }

    public String value() {
        return value;
    }

    public boolean builtIn() {
        return builtIn;
    }

    public boolean overridden() {
        return overridden;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConfigParam that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "ConfigParam[" + definition.key() + "]";
    }
}
