package dev.bastion.domain.archfixture;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Compliant: an aggregate using what a domain legitimately uses (records, enums, sealed types,
 * switches, streams, lambdas, Optional, JDK annotations). Proves the JDK-only rules do not fire
 * on ordinary modern Java.
 */
public final class FixtureOrder {

    @FunctionalInterface
    public interface Pricing {
        double price(FixtureShape shape);
    }

    private final UUID id;
    private final List<FixtureShape> shapes = new ArrayList<>();
    private FixtureState state = FixtureState.DRAFT;
    private Instant publishedAt;

    public FixtureOrder(UUID id) {
        this.id = Objects.requireNonNull(id, "id");
    }

    public void add(FixtureShape shape, FixtureQuantity quantity) {
        for (int i = 0; i < quantity.value(); i++) {
            shapes.add(shape);
        }
    }

    public void publish(Instant now) {
        switch (state) {
            case DRAFT -> {
                state = FixtureState.PUBLISHED;
                publishedAt = now;
            }
            case PUBLISHED, WITHDRAWN -> throw new IllegalStateException("cannot publish a " + state + " order");
        }
    }

    @Deprecated
    public Optional<Instant> publishedAt() {
        return Optional.ofNullable(publishedAt);
    }

    public double total(Pricing pricing) {
        return shapes.stream().mapToDouble(pricing::price).sum();
    }

    public String describe() {
        return shapes.stream()
                .map(shape -> shape instanceof FixtureShape.Circle circle ? "circle " + circle.radius() : "square")
                .collect(Collectors.joining(", ", id + " [", "]"));
    }
}
