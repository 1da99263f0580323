package dev.bastion.domain.shared;

/** Optimistic locking: the record changed since the caller read it. */
public final class VersionConflictException extends DomainException {

    public VersionConflictException(String what) {
        super(ErrorCode.VERSION_CONFLICT, what + " was changed by someone else; read it again and retry");
    }
}
