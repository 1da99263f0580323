package dev.bastion.domain.archfixture;

/** Compliant: an enum with behaviour. */
public enum FixtureState {
    DRAFT, PUBLISHED, WITHDRAWN;

    public boolean isVisible() {
        return this == PUBLISHED;
    }
}
