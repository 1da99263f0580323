package dev.bastion.domain.archfixture;

import java.util.Objects;
import java.util.UUID;

/** Compliant: an aggregate, rebuilt from storage through {@code reconstitute} like every aggregate. */
public final class FixtureParcel {

    private final UUID id;
    private boolean shipped;

    private FixtureParcel(UUID id, boolean shipped) {
        this.id = Objects.requireNonNull(id, "id");
        this.shipped = shipped;
    }

    public static FixtureParcel reconstitute(UUID id, boolean shipped) {
        return new FixtureParcel(id, shipped);
    }

    public void ship() {
        shipped = true;
    }

    public UUID id() {
        return id;
    }

    public boolean shipped() {
        return shipped;
    }
}
