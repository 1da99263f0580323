package dev.bastion.domain.archfixture;

import io.micronaut.core.annotation.Introspected;

/** WRONG ON PURPOSE: a domain class carrying a Micronaut annotation. */
@Introspected
public final class LeakyAggregate {
}
