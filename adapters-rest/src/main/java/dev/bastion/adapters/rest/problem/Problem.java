package dev.bastion.adapters.rest.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every error response
 * ({@code Content-Type: application/problem+json}). Built only by {@link Problems}.
 *
 * @param type      {@code https://bastion.dev/problems/<kebab-code>}
 * @param title     short, fixed summary of the problem type
 * @param status    the HTTP status, repeated
 * @param detail    what went wrong for this request, safe to show (no class names, SQL or parser text)
 * @param instance  the request path
 * @param code      the stable error code (docs/api.md, "Errors")
 * @param requestId the request's {@code X-Request-Id}, also found in the server logs
 * @param errors    the offending inputs, for validation and field-level conflicts; absent otherwise
 * @param lockedUntil for {@code ACCOUNT_LOCKED}: when the lock ends; absent otherwise
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem detail returned with every error (application/problem+json)")
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        String code,
        String requestId,
        @Nullable List<FieldError> errors,
        @Nullable Instant lockedUntil) {

    /** The same problem, saying when an account lock ends. */
    public Problem withLockedUntil(Instant until) {
        return new Problem(type, title, status, detail, instance, code, requestId, errors, until);
    }

    /** One invalid or clashing input, named by its JSON field or query/path parameter ({@code email}, {@code address.city}, {@code size}). */
    @Serdeable
    @Schema(name = "ProblemFieldError")
    public record FieldError(String field, String message) {
    }
}
