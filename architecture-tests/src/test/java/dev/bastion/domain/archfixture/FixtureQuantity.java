package dev.bastion.domain.archfixture;

/** Compliant: a value object record that validates in its constructor. */
public record FixtureQuantity(int value) {

    public FixtureQuantity {
        if (value < 0) {
            throw new IllegalArgumentException("quantity must not be negative");
        }
    }
}
