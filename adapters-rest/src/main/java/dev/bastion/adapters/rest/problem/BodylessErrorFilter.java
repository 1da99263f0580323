package dev.bastion.adapters.rest.problem;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.FilterContinuation;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.annotation.PreMatching;
import org.reactivestreams.Publisher;

/**
 * Safety net: an error response that reaches the client without a body (a filter such as CORS
 * answering {@code 403} on its own, a controller returning a bare status) gets the problem body
 * for its status, so every error is problem+json. Responses that already have a body are untouched.
 * Pre-matching with a continuation, like {@code RequestIdFilter}, so it also sees responses that
 * other filters produce before routing.
 */
@ServerFilter(Filter.MATCH_ALL_PATTERN)
final class BodylessErrorFilter implements Ordered {

    private final Problems problems;

    BodylessErrorFilter(Problems problems) {
        this.problems = problems;
    }

    @PreMatching
    @RequestFilter
    public Publisher<MutableHttpResponse<?>> filter(HttpRequest<?> request,
                                                    FilterContinuation<Publisher<MutableHttpResponse<?>>> continuation) {
        return Publishers.map(continuation.proceed(), response -> fill(request, response));
    }

    private MutableHttpResponse<?> fill(HttpRequest<?> request, MutableHttpResponse<?> response) {
        int status = response.code();
        if (status < 400 || request.getMethod() == HttpMethod.HEAD || response.getBody().isPresent()) {
            return response;
        }
        Problem problem = problems.build(request, ProblemType.forStatus(status), status, null, null);
        @SuppressWarnings("unchecked")
        MutableHttpResponse<Object> untyped = (MutableHttpResponse<Object>) response;
        return untyped.body(problem).contentType(Problems.PROBLEM_JSON);
    }

    @Override
    public int getOrder() {
        // Outside every framework filter (CORS, security), inside the request id filter.
        return ServerFilterPhase.FIRST.after();
    }
}
