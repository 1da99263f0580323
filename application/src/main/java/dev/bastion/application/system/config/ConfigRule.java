package dev.bastion.application.system.config;

import dev.bastion.domain.system.config.ConfigKey;
import java.util.Map;

/**
 * A rule between built-in parameters (refresh TTL at least the access TTL, …), checked on every
 * write of a built-in's value and at start, so that no stored combination can break the code that
 * reads it. The context that owns the parameters provides it.
 */
@FunctionalInterface
public interface ConfigRule {

    /** Refuses ({@code InvalidValueException} naming {@code value}, saying why) a combination of built-in values, by key. */
    void check(Map<ConfigKey, String> builtInValues);

    static ConfigRule none() {
        return values -> {
        };
    }
}
