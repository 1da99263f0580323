package dev.bastion.adapters.rest.problem;

import dev.bastion.adapters.rest.request.RequestIds;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * The one place that builds {@link Problem}s and problem responses. Everything that answers an
 * error (exception handlers, the framework's error body providers, filters) comes through here, so
 * {@code type}, {@code title}, {@code instance} and {@code requestId} are filled the same way.
 */
@Singleton
public class Problems {

    /** {@code application/problem+json}, for annotations. */
    public static final String PROBLEM_JSON_TYPE = MediaType.APPLICATION_JSON_PROBLEM;

    /** {@code application/problem+json}. */
    public static final MediaType PROBLEM_JSON = MediaType.of(PROBLEM_JSON_TYPE);

    /** A problem with the type's usual status. */
    public Problem build(HttpRequest<?> request, ProblemType type, @Nullable String detail,
                         @Nullable List<Problem.FieldError> errors) {
        return build(request, type, type.status().getCode(), detail, errors);
    }

    /**
     * A problem with an explicit status (the framework may answer a status the type does not usually
     * carry). A {@code VALIDATION_ERROR} always has an {@code errors} array, empty when nothing is known.
     */
    public Problem build(HttpRequest<?> request, ProblemType type, int status, @Nullable String detail,
                         @Nullable List<Problem.FieldError> errors) {
        return new Problem(
                type.typeUri(),
                type.title(),
                status,
                detail == null || detail.isBlank() ? type.defaultDetail() : detail,
                request.getPath(),
                type.code(),
                RequestIds.of(request),
                errors != null ? List.copyOf(errors) : type == ProblemType.VALIDATION_ERROR ? List.of() : null,
                null);
    }

    /** A {@code VALIDATION_ERROR} naming each invalid input; the detail counts the inputs. */
    public Problem invalid(HttpRequest<?> request, List<Problem.FieldError> errors) {
        long count = errors.stream().map(Problem.FieldError::field).distinct().count();
        String detail = count == 0 ? null : count == 1 ? "1 field is invalid" : count + " fields are invalid";
        return build(request, ProblemType.VALIDATION_ERROR, detail, errors);
    }

    /** The response carrying {@code problem}, with its status and the problem+json content type. */
    public MutableHttpResponse<Problem> respond(Problem problem) {
        return HttpResponse.<Problem>status(HttpStatus.valueOf(problem.status()))
                .contentType(PROBLEM_JSON)
                .body(problem);
    }
}
