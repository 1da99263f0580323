package dev.bastion.adapters.rest.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.HtmlErrorResponseBodyProvider;
import jakarta.inject.Singleton;

/**
 * The error page a browser gets (it asks for {@code text/html} and not JSON). Rendered from the same
 * {@link Problem} as the API answer: Micronaut's own page prints the raw exception messages.
 */
@Singleton
@Replaces(HtmlErrorResponseBodyProvider.class)
final class ProblemHtmlErrorResponseBodyProvider implements HtmlErrorResponseBodyProvider {

    private final FrameworkProblems frameworkProblems;

    ProblemHtmlErrorResponseBodyProvider(FrameworkProblems frameworkProblems) {
        this.frameworkProblems = frameworkProblems;
    }

    @Override
    public String body(ErrorContext errorContext, HttpResponse<?> response) {
        Problem problem = frameworkProblems.toProblem(errorContext, response);
        String title = problem.status() + " " + escape(problem.title());
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + "</title></head>"
                + "<body><h1>" + title + "</h1><p>" + escape(problem.detail()) + "</p>"
                + "<p><small>Request id: " + escape(problem.requestId()) + "</small></p></body></html>";
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
