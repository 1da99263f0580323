package dev.bastion.domain.audit;

import dev.bastion.domain.shared.UuidV7;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * What one state-changing request did, as the REST adapter saw it, before it is chained into the
 * operation log. {@code actorId} and {@code sessionId} are null for an anonymous request;
 * {@code actorUsername} is filled in when the record is written (the request path does no lookup).
 * {@code arguments} is the request body as JSON text with secrets masked ({@link SecretMasking}),
 * or a short JSON description of a body that is not logged as such (a CSV file, a body that is not
 * JSON), or null when there was no body. Text is kept printable and cut to its column.
 */
public record OperationRecord(UUID id, Instant at, UUID actorId, String actorUsername, UUID sessionId,
                              String clientAddress, String userAgent, String method, String route,
                              String targetId, String module, String title, String arguments, int status,
                              String problemCode, long durationMillis, String requestId) {

    public static final int MAX_ADDRESS = 64;
    public static final int MAX_USER_AGENT = 512;
    public static final int MAX_METHOD = 8;
    public static final int MAX_ROUTE = 255;
    public static final int MAX_TARGET = 128;
    public static final int MAX_MODULE = 64;
    public static final int MAX_TITLE = 128;
    public static final int MAX_PROBLEM_CODE = 64;
    public static final int MAX_REQUEST_ID = 128;
    public static final int MAX_USERNAME = 64;
    /** Longest arguments text kept (characters); a longer one is cut and marked. */
    public static final int MAX_ARGUMENTS = 16 * 1024;

    public OperationRecord {
        Objects.requireNonNull(id, "id");
        at = Objects.requireNonNull(at, "at").truncatedTo(ChronoUnit.MICROS);
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("status must be an HTTP status: " + status);
        }
        if (durationMillis < 0) {
            throw new IllegalArgumentException("durationMillis must not be negative");
        }
        actorUsername = optional(actorUsername, MAX_USERNAME);
        clientAddress = clientAddress == null || clientAddress.isBlank() ? "unknown"
                : Text.fit(clientAddress.strip(), MAX_ADDRESS);
        userAgent = userAgent == null ? "" : Text.fit(userAgent, MAX_USER_AGENT);
        method = Text.fit(Objects.requireNonNull(method, "method"), MAX_METHOD);
        route = Text.fit(Objects.requireNonNull(route, "route"), MAX_ROUTE);
        targetId = optional(targetId, MAX_TARGET);
        module = Text.fit(Objects.requireNonNull(module, "module"), MAX_MODULE);
        title = Text.fit(Objects.requireNonNull(title, "title"), MAX_TITLE);
        arguments = arguments == null ? null : Text.cutMarked(arguments.replace('\u0000', ' '), MAX_ARGUMENTS);
        problemCode = optional(problemCode, MAX_PROBLEM_CODE);
        requestId = requestId == null ? "" : Text.fit(requestId, MAX_REQUEST_ID);
    }

    /** A new record with a fresh time-ordered id. */
    public static OperationRecord of(Instant at, UUID actorId, UUID sessionId, String clientAddress,
                                     String userAgent, String method, String route, String targetId,
                                     String module, String title, String arguments, int status,
                                     String problemCode, long durationMillis, String requestId) {
        return new OperationRecord(UuidV7.next(), at, actorId, null, sessionId, clientAddress, userAgent, method,
                route, targetId, module, title, arguments, status, problemCode, durationMillis, requestId);
    }

    public OperationOutcome outcome() {
        return OperationOutcome.of(status);
    }

    /** This record with the actor's username as it is when written. */
    public OperationRecord withActorUsername(String username) {
        return new OperationRecord(id, at, actorId, username, sessionId, clientAddress, userAgent, method, route,
                targetId, module, title, arguments, status, problemCode, durationMillis, requestId);
    }

    private static String optional(String value, int max) {
        return value == null ? null : Text.fit(value, max);
    }
}
