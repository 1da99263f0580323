package dev.bastion.adapters.rest.archfixture;

import dev.bastion.domain.archfixture.FixtureParcel;

/** Violates rule 9: a REST mapper reading an aggregate instead of a read model. */
public final class AggregateRenderingMapper {

    public String render(FixtureParcel parcel) {
        return parcel.id() + (parcel.shipped() ? " shipped" : " waiting");
    }
}
