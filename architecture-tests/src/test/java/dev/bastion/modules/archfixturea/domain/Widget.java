package dev.bastion.modules.archfixturea.domain;

import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.shared.InvalidValueException;

/** A well-behaved module domain value: the JDK and the core's published values only. */
public record Widget(String name, DeptId dept) {

    public Widget {
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("name", "must not be blank");
        }
    }
}
