package dev.bastion.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DomainExceptionsTest {

    private static final Instant UNTIL = Instant.parse("2025-03-01T09:15:00Z");

    @Nested
    class AuthenticationFailed {

        @Test
        void invalid_credentials_has_its_code() {
            assertThat(AuthenticationFailedException.invalidCredentials().code()).isEqualTo(ErrorCode.INVALID_CREDENTIALS);
        }

        @Test
        void invalid_credentials_does_not_say_which_of_username_or_password_was_wrong() {
            assertThat(AuthenticationFailedException.invalidCredentials().getMessage())
                    .isEqualTo("wrong username or password");
        }

        @Test
        void an_invalid_refresh_token_has_its_code() {
            assertThat(AuthenticationFailedException.invalidRefreshToken().code()).isEqualTo(ErrorCode.REFRESH_TOKEN_INVALID);
        }

        @Test
        void unauthorized_has_its_code() {
            assertThat(AuthenticationFailedException.unauthorized().code()).isEqualTo(ErrorCode.UNAUTHORIZED);
        }
    }

    @Nested
    class AccessDenied {

        @Test
        void a_disabled_account_has_its_code() {
            assertThat(AccessDeniedException.accountDisabled().code()).isEqualTo(ErrorCode.ACCOUNT_DISABLED);
        }

        @Test
        void a_required_password_change_has_its_code() {
            assertThat(AccessDeniedException.passwordChangeRequired().code()).isEqualTo(ErrorCode.PASSWORD_CHANGE_REQUIRED);
        }

        @Test
        void a_required_password_change_says_where_to_change_it() {
            assertThat(AccessDeniedException.passwordChangeRequired().getMessage()).contains("/api/v1/auth/me/password");
        }

        @Test
        void forbidden_has_its_code() {
            assertThat(AccessDeniedException.forbidden().code()).isEqualTo(ErrorCode.FORBIDDEN);
        }
    }

    @Nested
    class AccountLocked {

        @Test
        void a_locked_account_has_its_code() {
            assertThat(new AccountLockedException(UNTIL).code()).isEqualTo(ErrorCode.ACCOUNT_LOCKED);
        }

        @Test
        void the_lock_end_is_kept() {
            assertThat(new AccountLockedException(UNTIL).lockedUntil()).isEqualTo(UNTIL);
        }

        @Test
        void the_message_names_the_lock_end() {
            assertThat(new AccountLockedException(UNTIL).getMessage()).contains("2025-03-01T09:15:00Z");
        }

        @Test
        void a_lock_needs_an_end() {
            assertThatThrownBy(() -> new AccountLockedException(null)).isInstanceOf(NullPointerException.class);
        }
    }

    @Nested
    class RateLimited {

        @Test
        void rate_limited_has_its_code() {
            assertThat(new RateLimitedException(Duration.ofSeconds(30)).code()).isEqualTo(ErrorCode.RATE_LIMITED);
        }

        @Test
        void the_wait_is_kept_exactly() {
            assertThat(new RateLimitedException(Duration.ofMillis(1_500)).retryAfter()).isEqualTo(Duration.ofMillis(1_500));
        }

        @Test
        void the_message_names_the_wait_in_seconds() {
            assertThat(new RateLimitedException(Duration.ofSeconds(30)).getMessage()).endsWith("try again in 30 s");
        }

        @Test
        void a_wait_under_a_second_is_shown_as_1_s() {
            assertThat(new RateLimitedException(Duration.ofMillis(200)).getMessage()).endsWith("try again in 1 s");
        }

        @Test
        void no_wait_is_shown_as_1_s() {
            assertThat(new RateLimitedException(Duration.ZERO).getMessage()).endsWith("try again in 1 s");
        }

        @Test
        void a_limit_needs_a_wait() {
            assertThatThrownBy(() -> new RateLimitedException(null)).isInstanceOf(NullPointerException.class);
        }
    }

    @Nested
    class Shared {

        @Test
        void domain_exceptions_carry_no_stack_trace() {
            // Thrown for expected outcomes (wrong password, rate limit); a trace would only cost time.
            assertThat(AuthenticationFailedException.invalidCredentials().getStackTrace()).isEmpty();
        }

        @Test
        void every_error_code_the_adapters_map_exists() {
            assertThat(ErrorCode.values()).extracting(Enum::name).contains("VALIDATION_ERROR", "UNAUTHORIZED",
                    "INVALID_CREDENTIALS", "REFRESH_TOKEN_INVALID", "FORBIDDEN", "ACCOUNT_DISABLED",
                    "PASSWORD_CHANGE_REQUIRED", "NOT_FOUND", "CONFLICT", "VERSION_CONFLICT", "ACCOUNT_LOCKED", "RATE_LIMITED");
        }
    }
}
