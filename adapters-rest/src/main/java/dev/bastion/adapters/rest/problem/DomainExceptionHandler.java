package dev.bastion.adapters.rest.problem;

import dev.bastion.domain.shared.AccountLockedException;
import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.DomainException;
import dev.bastion.domain.shared.InvalidValueException;
import dev.bastion.domain.shared.RateLimitedException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/**
 * Maps the domain's coded refusals to HTTP, the only place that does: {@code VALIDATION_ERROR} 400
 * naming the field, {@code NOT_FOUND} 404, {@code CONFLICT} 409 (naming the field when there is one),
 * {@code VERSION_CONFLICT} 409. Domain messages are written for people and are safe to show.
 */
@Singleton
@Produces(Problems.PROBLEM_JSON_TYPE)
final class DomainExceptionHandler implements ExceptionHandler<DomainException, HttpResponse<Problem>> {

    private final Problems problems;

    DomainExceptionHandler(Problems problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, DomainException exception) {
        HttpRequest<?> httpRequest = request;
        String message = exception.getMessage();
        Problem problem = switch (exception.code()) {
            case VALIDATION_ERROR -> problems.invalid(httpRequest, exception instanceof InvalidValueException invalid
                    ? List.of(new Problem.FieldError(invalid.field(), message))
                    : List.of());
            case NOT_FOUND -> problems.build(httpRequest, ProblemType.NOT_FOUND, message, null);
            case CONFLICT -> problems.build(httpRequest, ProblemType.CONFLICT, message,
                    (exception instanceof ConflictException conflict ? conflict.field() : Optional.<String>empty())
                            .map(field -> List.of(new Problem.FieldError(field, message)))
                            .orElse(null));
            case VERSION_CONFLICT -> problems.build(httpRequest, ProblemType.VERSION_CONFLICT, message, null);
            case UNAUTHORIZED -> problems.build(httpRequest, ProblemType.UNAUTHORIZED, message, null);
            case INVALID_CREDENTIALS -> problems.build(httpRequest, ProblemType.INVALID_CREDENTIALS, message, null);
            case REFRESH_TOKEN_INVALID ->
                    problems.build(httpRequest, ProblemType.REFRESH_TOKEN_INVALID, message, null);
            case FORBIDDEN -> problems.build(httpRequest, ProblemType.FORBIDDEN, message, null);
            case ACCOUNT_DISABLED -> problems.build(httpRequest, ProblemType.ACCOUNT_DISABLED, message, null);
            case PASSWORD_CHANGE_REQUIRED ->
                    problems.build(httpRequest, ProblemType.PASSWORD_CHANGE_REQUIRED, message, null);
            case ACCOUNT_LOCKED -> problems.build(httpRequest, ProblemType.ACCOUNT_LOCKED, message, null)
                    .withLockedUntil(((AccountLockedException) exception).lockedUntil());
            case RATE_LIMITED -> problems.build(httpRequest, ProblemType.RATE_LIMITED, message, null);
        };
        MutableHttpResponse<Problem> response = problems.respond(problem);
        if (exception instanceof RateLimitedException limited) {
            // Whole seconds, rounded up, so a client that waits that long is let in.
            long millis = limited.retryAfter().toMillis();
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, (millis + 999) / 1000)));
        }
        return response;
    }
}
