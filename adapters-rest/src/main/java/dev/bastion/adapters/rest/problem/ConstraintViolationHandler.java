package dev.bastion.adapters.rest.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolationException;

import java.util.Comparator;
import java.util.List;

/**
 * Bean validation failures (body, query and path parameters) as a {@code VALIDATION_ERROR} whose
 * {@code errors[].field} is the name the client used ({@code email}, {@code address.city},
 * {@code size}), not the Java path ({@code create.request.email}).
 */
@Singleton
@Produces(Problems.PROBLEM_JSON_TYPE)
@Replaces(ConstraintExceptionHandler.class)
final class ConstraintViolationHandler implements ExceptionHandler<ConstraintViolationException, HttpResponse<Problem>> {

    private final Problems problems;

    ConstraintViolationHandler(Problems problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ConstraintViolationException exception) {
        HttpRequest<?> httpRequest = request;
        List<Problem.FieldError> errors = exception.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldError(ViolationFieldNames.of(httpRequest, violation), violation.getMessage()))
                .distinct()
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        return problems.respond(problems.invalid(httpRequest, errors));
    }
}
