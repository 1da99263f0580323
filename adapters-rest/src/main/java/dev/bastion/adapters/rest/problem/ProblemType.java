package dev.bastion.adapters.rest.problem;

import io.micronaut.http.HttpStatus;

import java.util.Locale;

/**
 * Every error code the API answers with (docs/api.md, "Errors"), its usual status and its fixed title.
 * The problem {@code type} URI is derived from the code: {@code VALIDATION_ERROR} becomes
 * {@code https://bastion.dev/problems/validation-error}.
 */
public enum ProblemType {
    VALIDATION_ERROR(HttpStatus.BAD_REQUEST, "Validation failed",
            "The request is invalid"),
    BAD_REQUEST(HttpStatus.BAD_REQUEST, "Bad request",
            "The request could not be processed"),
    UNAUTHORIZED(HttpStatus.UNAUTHORIZED, "Unauthorized",
            "A valid access token is required"),
    INVALID_CREDENTIALS(HttpStatus.UNAUTHORIZED, "Invalid credentials",
            "Wrong username or password"),
    REFRESH_TOKEN_INVALID(HttpStatus.UNAUTHORIZED, "Refresh token invalid",
            "The refresh token is unknown, expired or already used"),
    FORBIDDEN(HttpStatus.FORBIDDEN, "Forbidden",
            "You do not have permission to perform this action"),
    ACCOUNT_DISABLED(HttpStatus.FORBIDDEN, "Account disabled",
            "The account is disabled"),
    PASSWORD_CHANGE_REQUIRED(HttpStatus.FORBIDDEN, "Password change required",
            "The password must be changed first"),
    NOT_FOUND(HttpStatus.NOT_FOUND, "Not found",
            "The requested resource does not exist"),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed",
            "This method is not allowed on this resource; see the Allow header"),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "Not acceptable",
            "The requested representation is not available"),
    CONFLICT(HttpStatus.CONFLICT, "Conflict",
            "The request conflicts with the current state of the resource"),
    VERSION_CONFLICT(HttpStatus.CONFLICT, "Version conflict",
            "The resource was changed by someone else; read it again and retry"),
    PAYLOAD_TOO_LARGE(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "Payload too large",
            "The request body is larger than the server accepts"),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
            "This content type is not supported here; send application/json (text/csv for an import)"),
    ACCOUNT_LOCKED(HttpStatus.LOCKED, "Account locked",
            "The account is locked after too many failed logins"),
    RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS, "Too many requests",
            "Too many requests; retry later"),
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
            "An unexpected error occurred; quote the request id when reporting it"),
    SERVICE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable",
            "The service is temporarily unavailable; retry later");

    /** Base of every problem {@code type} URI. */
    public static final String TYPE_BASE = "https://bastion.dev/problems/";

    private final HttpStatus status;
    private final String title;
    private final String defaultDetail;

    ProblemType(HttpStatus status, String title, String defaultDetail) {
        this.status = status;
        this.title = title;
        this.defaultDetail = defaultDetail;
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** A safe detail for when nothing more specific is known. */
    public String defaultDetail() {
        return defaultDetail;
    }

    public String code() {
        return name();
    }

    public String typeUri() {
        return TYPE_BASE + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The code for a status the framework produced on its own (no domain or handler involved). */
    public static ProblemType forStatus(int status) {
        return switch (status) {
            case 400 -> VALIDATION_ERROR;
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> RATE_LIMITED;
            case 503 -> SERVICE_UNAVAILABLE;
            default -> status >= 500 ? INTERNAL_ERROR : BAD_REQUEST;
        };
    }
}
