package dev.bastion.adapters.rest.problem;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.exceptions.UnsatisfiedArgumentException;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.json.JsonSyntaxException;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Problems for errors the framework raises itself (no route, wrong method, unreadable body, bad
 * parameter, security rejection…). Only the status and the kind of cause are used: the framework's
 * messages can carry parser text and class names, so they never reach the client.
 */
@Singleton
class FrameworkProblems {

    private static final String MALFORMED_BODY = "The request body is not valid JSON";
    private static final String UNREADABLE_BODY = "The request body does not match the expected structure";

    private final Problems problems;

    FrameworkProblems(Problems problems) {
        this.problems = problems;
    }

    Problem toProblem(ErrorContext context, HttpResponse<?> response) {
        HttpRequest<?> request = context.getRequest();
        int status = response.code();
        Throwable cause = context.getRootCause().orElse(null);
        if (status == 400 && cause != null) {
            Problem input = badInput(request, cause);
            if (input != null) {
                return input;
            }
        }
        return problems.build(request, ProblemType.forStatus(status), status, null, null);
    }

    @Nullable
    private Problem badInput(HttpRequest<?> request, Throwable cause) {
        if (cause instanceof JsonSyntaxException) {
            return bodyProblem(request, MALFORMED_BODY, "must be valid JSON");
        }
        if (cause instanceof ConversionErrorException conversion) {
            Argument<?> argument = conversion.getArgument();
            if (InputNames.isWholeBody(argument)) {
                return bodyProblem(request, UNREADABLE_BODY, "has a missing, unknown or wrongly typed value");
            }
            return problems.invalid(request, List.of(
                    new Problem.FieldError(InputNames.parameter(argument), InputNames.expectation(argument))));
        }
        Argument<?> missing = null;
        if (cause instanceof UnsatisfiedArgumentException unsatisfied) {
            missing = unsatisfied.getArgument();
        } else if (cause instanceof UnsatisfiedRouteException unsatisfied) {
            missing = unsatisfied.getArgument();
        }
        if (missing != null) {
            return problems.invalid(request, List.of(new Problem.FieldError(InputNames.parameter(missing), "is required")));
        }
        return null;
    }

    private Problem bodyProblem(HttpRequest<?> request, String detail, String message) {
        return problems.build(request, ProblemType.VALIDATION_ERROR, detail,
                List.of(new Problem.FieldError(InputNames.BODY, message)));
    }
}
