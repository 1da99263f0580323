package dev.bastion.domain.shared;

/** Stable error codes shared by the domain and every adapter (docs/api.md, "Errors"). */
public enum ErrorCode {
    VALIDATION_ERROR,
    UNAUTHORIZED,
    INVALID_CREDENTIALS,
    REFRESH_TOKEN_INVALID,
    FORBIDDEN,
    ACCOUNT_DISABLED,
    PASSWORD_CHANGE_REQUIRED,
    NOT_FOUND,
    CONFLICT,
    VERSION_CONFLICT,
    ACCOUNT_LOCKED,
    RATE_LIMITED
}
