package dev.bastion.domain.system.config;

import java.time.Instant;

/**
 * A parameter's whole state, for stores. {@code overridden}: its value was set through the API (for
 * a built-in: it no longer follows its environment variable at start; always true for others).
 */
public record ConfigParamSnapshot(ConfigParamId id, ConfigDefinition definition, String value, boolean builtIn,
                                  boolean overridden, long version, Instant createdAt, Instant updatedAt) {
}
