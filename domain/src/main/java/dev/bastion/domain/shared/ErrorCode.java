package dev.bastion.domain.shared;

/** Stable error codes shared by the domain and every adapter (API.md, "Errors"). */
public enum ErrorCode {
    VALIDATION_ERROR,
    NOT_FOUND,
    CONFLICT,
    VERSION_CONFLICT
}
