package dev.bastion.domain.system.config;

import dev.bastion.domain.shared.DomainEvent;
import java.util.Objects;
import java.util.UUID;

/** A configuration parameter was deleted. */
public record ConfigParamDeleted(ConfigParamId param) implements DomainEvent {

    public ConfigParamDeleted {
        Objects.requireNonNull(param, "param");
    }

    @Override
    public UUID subject() {
        return param.value();
    }
}
