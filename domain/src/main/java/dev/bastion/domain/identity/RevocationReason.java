package dev.bastion.domain.identity;

/** Why a session ended before it expired. */
public enum RevocationReason {
    LOGGED_OUT,
    FORCED_LOGOUT,
    REFRESH_TOKEN_REUSED,
    PASSWORD_CHANGED,
    SIGNED_OUT_ELSEWHERE,
    REPLACED_BY_NEW_LOGIN,
    USER_DISABLED,
    USER_DELETED,
    PASSWORD_RESET
}
