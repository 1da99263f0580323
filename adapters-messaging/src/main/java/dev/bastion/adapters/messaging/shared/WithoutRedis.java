package dev.bastion.adapters.messaging.shared;

import io.micronaut.context.condition.Condition;
import io.micronaut.context.condition.ConditionContext;

/** Selects the in-process twins: the exact complement of {@link WithRedis}. */
public final class WithoutRedis implements Condition {

    @Override
    public boolean matches(ConditionContext context) {
        return !WithRedis.configured(context);
    }
}
