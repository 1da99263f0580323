package dev.bastion.adapters.rest.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;

/**
 * Replaces Micronaut's JSON error body ({@code {"message":..,"_links":..}}) with a {@link Problem}
 * for every error the framework answers itself: 400, 401, 403, 404, 405, 413, 415, …
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
final class ProblemJsonErrorResponseBodyProvider implements JsonErrorResponseBodyProvider<Problem> {

    private final FrameworkProblems frameworkProblems;

    ProblemJsonErrorResponseBodyProvider(FrameworkProblems frameworkProblems) {
        this.frameworkProblems = frameworkProblems;
    }

    @Override
    public Problem body(ErrorContext errorContext, HttpResponse<?> response) {
        return frameworkProblems.toProblem(errorContext, response);
    }

    @Override
    public String contentType() {
        return MediaType.APPLICATION_JSON_PROBLEM;
    }
}
