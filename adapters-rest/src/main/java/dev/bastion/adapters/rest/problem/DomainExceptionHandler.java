package dev.bastion.adapters.rest.problem;

import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.DomainException;
import dev.bastion.domain.shared.InvalidValueException;
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
        };
        return problems.respond(problem);
    }
}
