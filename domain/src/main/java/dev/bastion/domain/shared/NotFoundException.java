package dev.bastion.domain.shared;

/** No such record, or one the caller may not see (data scope): both answer the same. */
public final class NotFoundException extends DomainException {

    public NotFoundException(String what) {
        super(ErrorCode.NOT_FOUND, what + " not found");
    }
}
