package dev.bastion.domain.system.config;

import dev.bastion.domain.shared.DomainEvent;
import java.util.Objects;
import java.util.UUID;

/** A configuration parameter was added. */
public record ConfigParamCreated(ConfigParamId param) implements DomainEvent {

    public ConfigParamCreated {
        Objects.requireNonNull(param, "param");
    }

    @Override
    public UUID subject() {
        return param.value();
    }
}
