package dev.bastion.domain.system.config;

import dev.bastion.domain.shared.DomainEvent;
import java.util.Objects;
import java.util.UUID;

/** A configuration parameter changed (value, name, description, type or constraints). */
public record ConfigParamChanged(ConfigParamId param) implements DomainEvent {

    public ConfigParamChanged {
        Objects.requireNonNull(param, "param");
    }

    @Override
    public UUID subject() {
        return param.value();
    }
}
