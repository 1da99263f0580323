package dev.bastion.domain.shared;

/**
 * The caller is known but may not do this: {@code ACCOUNT_DISABLED},
 * {@code PASSWORD_CHANGE_REQUIRED} or {@code FORBIDDEN}.
 */
public final class AccessDeniedException extends DomainException {

    private AccessDeniedException(ErrorCode code, String message) {
        super(code, message);
    }

    public static AccessDeniedException accountDisabled() {
        return new AccessDeniedException(ErrorCode.ACCOUNT_DISABLED, "this account is disabled");
    }

    public static AccessDeniedException passwordChangeRequired() {
        return new AccessDeniedException(ErrorCode.PASSWORD_CHANGE_REQUIRED,
                "change your password first (PUT /api/v1/auth/me/password)");
    }

    /** Forbidden, saying why (the message must not reveal anything the caller may not see). */
    public static AccessDeniedException forbidden(String message) {
        return new AccessDeniedException(ErrorCode.FORBIDDEN, message);
    }

    public static AccessDeniedException forbidden() {
        return new AccessDeniedException(ErrorCode.FORBIDDEN, "you do not have permission to do this");
    }
}
