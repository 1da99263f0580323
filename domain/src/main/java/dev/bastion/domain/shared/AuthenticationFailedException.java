package dev.bastion.domain.shared;

/**
 * The caller could not be authenticated: {@code INVALID_CREDENTIALS} (wrong username or
 * password, one answer for both), {@code REFRESH_TOKEN_INVALID} or {@code UNAUTHORIZED}.
 */
public final class AuthenticationFailedException extends DomainException {

    private AuthenticationFailedException(ErrorCode code, String message) {
        super(code, message);
    }

    public static AuthenticationFailedException invalidCredentials() {
        return new AuthenticationFailedException(ErrorCode.INVALID_CREDENTIALS, "wrong username or password");
    }

    public static AuthenticationFailedException invalidRefreshToken() {
        return new AuthenticationFailedException(ErrorCode.REFRESH_TOKEN_INVALID,
                "the refresh token is unknown, expired, revoked or already used");
    }

    public static AuthenticationFailedException unauthorized() {
        return new AuthenticationFailedException(ErrorCode.UNAUTHORIZED, "sign in first");
    }
}
