package dev.bastion.adapters.rest.request;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.FilterContinuation;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.annotation.PreMatching;
import org.reactivestreams.Publisher;

/**
 * Headers every response carries, whoever produced it (a route, an error handler, a filter
 * answering on its own): browsers never guess a content type ({@code nosniff}) and no page of ours
 * may be framed ({@code /docs} included: clickjacking). API answers are not stored by any cache
 * unless the operation says otherwise ({@code Cache-Control: no-store}, which RFC 6749 §5.1
 * requires for tokens; they also carry personal data).
 */
@ServerFilter(Filter.MATCH_ALL_PATTERN)
public class SecurityHeadersFilter implements Ordered {

    static final String API = "/api/";

    @PreMatching
    @RequestFilter
    public Publisher<MutableHttpResponse<?>> filter(HttpRequest<?> request,
                                                    FilterContinuation<Publisher<MutableHttpResponse<?>>> continuation) {
        boolean api = request.getPath().startsWith(API);
        return Publishers.map(continuation.proceed(), response -> {
            MutableHttpHeaders headers = response.getHeaders();
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            if (!headers.contains("Content-Security-Policy")) {
                headers.set("Content-Security-Policy", "frame-ancestors 'none'");
            }
            headers.set("Referrer-Policy", "no-referrer");
            if (api && !headers.contains(HttpHeaders.CACHE_CONTROL)) {
                headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
                headers.set("Pragma", "no-cache");
            }
            return response;
        });
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before() + 1;
    }
}
