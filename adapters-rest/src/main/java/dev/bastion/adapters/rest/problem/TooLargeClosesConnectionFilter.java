package dev.bastion.adapters.rest.problem;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.FilterContinuation;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.annotation.PreMatching;
import org.reactivestreams.Publisher;

/**
 * A 413 closes the connection after the answer (RFC 9110 §15.5.14 allows it). The server refuses an
 * oversized body without reading the rest of it; a client that kept the connection for its next
 * request would otherwise wait on a connection whose unread body still sits in the way.
 */
@ServerFilter(Filter.MATCH_ALL_PATTERN)
final class TooLargeClosesConnectionFilter implements Ordered {

    @PreMatching
    @RequestFilter
    public Publisher<MutableHttpResponse<?>> filter(HttpRequest<?> request,
                                                    FilterContinuation<Publisher<MutableHttpResponse<?>>> continuation) {
        return Publishers.map(continuation.proceed(), response -> response.code() == HttpStatus.REQUEST_ENTITY_TOO_LARGE.getCode()
                ? response.header(HttpHeaders.CONNECTION, "close")
                : response);
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.after();
    }
}
