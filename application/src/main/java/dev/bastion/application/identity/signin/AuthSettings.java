package dev.bastion.application.identity.signin;

import dev.bastion.domain.identity.LockoutPolicy;
import dev.bastion.domain.identity.PasswordPolicy;
import java.time.Duration;
import java.util.Objects;

/**
 * The knobs of sign-in and sessions (docs/configuration.md): one snapshot of the run-time
 * parameters {@code security.*} ({@link AuthParameters}), read through {@link AuthPolicies} at each
 * use. The variables named below give their start-up values.
 *
 * @param accessTokenTtl     lifetime of an access token ({@code BASTION_ACCESS_TOKEN_TTL}, 15 min)
 * @param refreshTokenTtl    a session lives this long past its last refresh ({@code BASTION_REFRESH_TOKEN_TTL}, 7 d)
 * @param loginMode          {@code SINGLE} ends a user's older sessions on a new sign-in
 * @param lockout            failures before a lock, their window and the lock's length
 * @param attemptsPerMinute  sign-in and refresh attempts per client address per minute
 * @param passwordPolicy     what a new password must be
 */
public record AuthSettings(Duration accessTokenTtl, Duration refreshTokenTtl, LoginMode loginMode,
                           LockoutPolicy lockout, int attemptsPerMinute, PasswordPolicy passwordPolicy) {

    public AuthSettings {
        Objects.requireNonNull(accessTokenTtl, "accessTokenTtl");
        Objects.requireNonNull(refreshTokenTtl, "refreshTokenTtl");
        Objects.requireNonNull(loginMode, "loginMode");
        Objects.requireNonNull(lockout, "lockout");
        Objects.requireNonNull(passwordPolicy, "passwordPolicy");
        if (accessTokenTtl.toSeconds() < 1 || refreshTokenTtl.compareTo(accessTokenTtl) < 0) {
            throw new IllegalArgumentException("token lifetimes must be positive, refresh at least as long as access");
        }
        if (attemptsPerMinute < 1) {
            throw new IllegalArgumentException("attemptsPerMinute must be at least 1");
        }
    }

    public static AuthSettings defaults() {
        return new AuthSettings(Duration.ofMinutes(15), Duration.ofDays(7), LoginMode.MULTI,
                LockoutPolicy.defaults(), 20, PasswordPolicy.defaults());
    }

    public enum LoginMode { SINGLE, MULTI }
}
