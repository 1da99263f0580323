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
        Problem problem = switch (exception.code()) {
            case VALIDATION_ERROR -> problems.invalid(httpRequest, List.of(new Problem.FieldError(
                    ((InvalidValueException) exception).field(), exception.getMessage())));
            case NOT_FOUND -> problems.build(httpRequest, ProblemType.NOT_FOUND, exception.getMessage(), null);
            case CONFLICT -> problems.build(httpRequest, ProblemType.CONFLICT, exception.getMessage(),
                    ((ConflictException) exception).field()
                            .map(field -> List.of(new Problem.FieldError(field, exception.getMessage())))
                            .orElse(null));
            case VERSION_CONFLICT -> problems.build(httpRequest, ProblemType.VERSION_CONFLICT, exception.getMessage(), null);
        };
        return problems.respond(problem);
    }
}
