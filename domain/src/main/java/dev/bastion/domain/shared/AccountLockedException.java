package dev.bastion.domain.shared;

import java.time.Instant;
import java.util.Objects;

/** Too many failed sign-ins: the account refuses every attempt until {@link #lockedUntil()}. */
public final class AccountLockedException extends DomainException {

    private final Instant lockedUntil;

    public AccountLockedException(Instant lockedUntil) {
        super(ErrorCode.ACCOUNT_LOCKED, "too many failed sign-ins; the account is locked until " + lockedUntil);
        this.lockedUntil = Objects.requireNonNull(lockedUntil, "lockedUntil");
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }
}
