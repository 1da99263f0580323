package dev.bastion.adapters.rest.request;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
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
 * Gives every request an id ({@link RequestIds}) before anything else runs, and sets it as
 * {@value RequestIds#HEADER} on whatever response comes back: routed, error, or answered by another
 * filter on its own (CORS preflight, security rejection).
 *
 * <p>The id goes into the logging MDC as {@value RequestIds#MDC_KEY} through the propagated
 * context ({@link RequestLogContext}), so it follows the request onto executor threads and into
 * exception handlers.
 *
 * <p>A pre-matching filter with a continuation: Micronaut drops pre-matching filters from the
 * response phase once the route is matched, so a separate {@code @ResponseFilter} would miss
 * responses that filters produce before routing.
 */
@ServerFilter(Filter.MATCH_ALL_PATTERN)
public class RequestIdFilter implements Ordered {

    @PreMatching
    @RequestFilter
    public Publisher<MutableHttpResponse<?>> filter(HttpRequest<?> request,
                                                    MutablePropagatedContext propagatedContext,
                                                    FilterContinuation<Publisher<MutableHttpResponse<?>>> continuation) {
        String requestId = RequestIds.of(request);
        propagatedContext.add(RequestLogContext.of(requestId));
        return Publishers.map(continuation.proceed(), response -> {
            response.getHeaders().set(RequestIds.HEADER, requestId);
            return response;
        });
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }
}
