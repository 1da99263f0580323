package dev.bastion.domain.shared;

/**
 * Every business rule the domain refuses is one of these, with a stable {@link ErrorCode}.
 * Adapters map the code to their protocol; they never invent business errors.
 */
public abstract sealed class DomainException extends RuntimeException
        permits InvalidValueException, NotFoundException, ConflictException, VersionConflictException,
        AuthenticationFailedException, AccessDeniedException, AccountLockedException, RateLimitedException {

    private final ErrorCode code;

    protected DomainException(ErrorCode code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
