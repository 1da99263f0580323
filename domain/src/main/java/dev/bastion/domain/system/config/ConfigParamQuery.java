package dev.bastion.domain.system.config;

import dev.bastion.domain.shared.InvalidValueException;

/**
 * Filters of the parameter listing; null means "any". {@code keyPrefix} is a search string matched
 * literally (≤ 100 characters), never validated as a key.
 */
public record ConfigParamQuery(String keyPrefix, ConfigType type, Boolean builtIn) {

    public ConfigParamQuery {
        if (keyPrefix != null && keyPrefix.length() > ConfigKey.MAX_LENGTH) {
            throw new InvalidValueException("key", "must be at most " + ConfigKey.MAX_LENGTH + " characters");
        }
        if (keyPrefix != null && keyPrefix.isEmpty()) {
            keyPrefix = null;
        }
    }

    public static ConfigParamQuery any() {
        return new ConfigParamQuery(null, null, null);
    }
}
