package dev.bastion.adapters.rest.codegen;

import dev.bastion.adapters.rest.problem.Problem;
import dev.bastion.adapters.rest.problem.Problems;
import dev.bastion.tools.codegen.SpecException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * A refused spec as a {@code VALIDATION_ERROR} naming each problem by its path in the body
 * ({@code aggregates[0].fields[2].name}) with the generator's message; a problem of the spec as a
 * whole is named {@code body}. The messages are the generator's own, written for people, and quote
 * only what they checked.
 */
@Singleton
@Produces(Problems.PROBLEM_JSON_TYPE)
final class SpecExceptionHandler implements ExceptionHandler<SpecException, HttpResponse<Problem>> {

    private static final String WHOLE_SPEC = "body";

    private final Problems problems;

    SpecExceptionHandler(Problems problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, SpecException exception) {
        HttpRequest<?> httpRequest = request;
        List<Problem.FieldError> errors = exception.problems().stream()
                .map(problem -> new Problem.FieldError(problem.field().isEmpty() ? WHOLE_SPEC : problem.field(),
                        problem.message()))
                .toList();
        return problems.respond(problems.invalid(httpRequest, errors));
    }
}
