package dev.bastion.domain.archfixture;

/** WRONG ON PURPOSE: the only framework annotation sits on a method parameter. */
public final class NullableParameterValue {

    public NullableParameterValue rename(@jakarta.annotation.Nullable String name) {
        return this;
    }
}
