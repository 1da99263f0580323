package dev.bastion.adapters.rest.request;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpAttributes;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.FilterContinuation;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.annotation.PreMatching;
import io.micronaut.web.router.UriRouteMatch;
import java.util.HashMap;
import java.util.Map;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * One line per answered request on the logger {@value #LOGGER} when {@code BASTION_ACCESS_LOG=true}
 * ({@code bastion.logs.access}; absent otherwise, so it costs nothing): method, route template
 * (never the path as sent, so no id, token or query string reaches the log: {@code UNMATCHED_URI} when
 * no route matched), status, duration in milliseconds, and the request id (the line's MDC, and
 * in the message for the text format); the caller's user and session ids in the MDC when the
 * request was authenticated. Pre-matching, like {@link RequestIdFilter}, so answers
 * given before routing (401, CORS, 413) are logged too. For a streamed answer (SSE, CSV export)
 * the duration is the time to the response's head, not to the stream's end.
 */
@ServerFilter(Filter.MATCH_ALL_PATTERN)
@Requires(property = AccessLogFilter.PROPERTY, value = "true")
public class AccessLogFilter implements Ordered {

    public static final String PROPERTY = "bastion.logs.access";
    public static final String LOGGER = "bastion.access";
    static final String UNMATCHED = "UNMATCHED_URI";

    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

    @PreMatching
    @RequestFilter
    public Publisher<MutableHttpResponse<?>> filter(HttpRequest<?> request,
                                                    FilterContinuation<Publisher<MutableHttpResponse<?>>> continuation) {
        long start = System.nanoTime();
        String requestId = RequestIds.of(request);
        return Publishers.map(continuation.proceed(), response -> {
            log(request, response.code(), (System.nanoTime() - start) / 1_000_000, requestId);
            return response;
        });
    }

    private static void log(HttpRequest<?> request, int status, long millis, String requestId) {
        // the caller, once security has authenticated the request, as on the request's other lines
        Map<String, String> caller = CallerLogContextFilter.callerOf(request);
        Map<String, String> before = new HashMap<>();
        caller.keySet().forEach(key -> before.put(key, MDC.get(key)));
        caller.forEach(MDC::put);
        try {
            LOG.info("{} {} {} {}ms {}", request.getMethodName(), route(request), status, millis, requestId);
        } finally {
            before.forEach((key, value) -> {
                if (value == null) {
                    MDC.remove(key);
                } else {
                    MDC.put(key, value);
                }
            });
        }
    }

    /** The matched route's template, e.g. {@code /api/v1/users/{id}}; {@value #UNMATCHED} otherwise. */
    @SuppressWarnings("deprecation")
    static String route(HttpRequest<?> request) {
        return request.getAttribute(HttpAttributes.ROUTE_INFO, UriRouteMatch.class)
                .map(match -> match.getRouteInfo().getUriMatchTemplate().toPathString())
                .or(() -> request.getAttribute(HttpAttributes.URI_TEMPLATE, String.class))
                .orElse(UNMATCHED);
    }

    @Override
    public int getOrder() {
        // just inside RequestIdFilter, so its MDC holds the request id here
        return ServerFilterPhase.FIRST.before() + 1;
    }
}
