package dev.bastion.adapters.rest.problem;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.exceptions.InvalidFormatException;
import io.micronaut.serde.exceptions.InvalidPropertyFormatException;
import java.util.ArrayList;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dev.bastion.domain.shared.InvalidValueException;
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
    /** Our own deserializers' messages ({@code must be …}); anything else may carry parser text. */
    private static final Pattern EXPECTATION = Pattern.compile("must be (a JSON string|true or false|an integer "
            + "from -?[0-9]+ to [0-9]+)");

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
        if (cause instanceof InvalidValueException invalid) {
            // raised while reading the body (StrictJson, strict value types), so wrapped by the binder
            return problems.invalid(request, List.of(new Problem.FieldError(invalid.field(), invalid.getMessage())));
        }
        if (cause instanceof JsonSyntaxException) {
            return bodyProblem(request, MALFORMED_BODY, "must be valid JSON");
        }
        if (cause instanceof ConversionErrorException conversion) {
            Argument<?> argument = conversion.getArgument();
            if (InputNames.isWholeBody(argument)) {
                return wrongBodyValue(conversion).map(error -> problems.invalid(request, List.of(error)))
                        .orElseGet(() -> bodyProblem(request, UNREADABLE_BODY,
                                "has a missing, unknown or wrongly typed value"));
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

    /**
     * The body property a value could not be read for, as a JSON path ({@code address.city}; inside a
     * list, the list), from the deserializers' chain of causes, with what it must be.
     */
    private static Optional<Problem.FieldError> wrongBodyValue(Throwable failure) {
        List<String> path = new ArrayList<>();
        Argument<?> innermost = null;
        String expectation = null;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InvalidPropertyFormatException property) {
                innermost = property.getArgument();
                path.add(innermost.getAnnotationMetadata().stringValue(JsonProperty.class).orElse(innermost.getName()));
            } else if (t instanceof InvalidFormatException format && format.getMessage() != null) {
                expectation = format.getMessage();
            }
        }
        if (innermost == null) {
            return Optional.empty();
        }
        Matcher ours = EXPECTATION.matcher(expectation == null ? "" : expectation);
        return Optional.of(new Problem.FieldError(String.join(".", path),
                ours.find() ? ours.group() : InputNames.expectation(innermost)));
    }

    private Problem bodyProblem(HttpRequest<?> request, String detail, String message) {
        return problems.build(request, ProblemType.VALIDATION_ERROR, detail,
                List.of(new Problem.FieldError(InputNames.BODY, message)));
    }
}
