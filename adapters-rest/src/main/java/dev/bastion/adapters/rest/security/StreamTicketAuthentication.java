package dev.bastion.adapters.rest.security;

import dev.bastion.application.identity.sessions.RedeemStreamTicket;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Singleton;
import java.util.Set;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Signs in the one kind of request a browser cannot send a header with: opening an event stream
 * with {@code EventSource}. Such a request names a stream ticket ({@code ?ticket=}, from
 * {@code POST /api/v1/auth/notices/stream-ticket}) instead of the access token, which never
 * travels in a URL. Only {@code GET} of the paths in {@link #STREAMS}, only without an
 * {@code Authorization} header; the ticket is spent on first use and counts only while its session
 * is live. A wrong or spent ticket leaves the request anonymous, so it is answered 401 like a bad token.
 */
@Singleton
final class StreamTicketAuthentication implements AuthenticationFetcher<HttpRequest<?>> {

    static final Set<String> STREAMS = Set.of("/api/v1/auth/notices/stream");
    static final String TICKET = "ticket";

    private final RedeemStreamTicket tickets;

    StreamTicketAuthentication(RedeemStreamTicket tickets) {
        this.tickets = tickets;
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        if (request.getMethod() != HttpMethod.GET || !STREAMS.contains(request.getPath())
                || request.getHeaders().contains(HttpHeaders.AUTHORIZATION)) {
            return Mono.empty();
        }
        String ticket = request.getParameters().get(TICKET);
        if (ticket == null) {
            return Mono.empty();
        }
        // a store round trip: off the event loop
        return Mono.fromCallable(() -> tickets.redeem(ticket).map(Caller::authenticationOf).orElse(null))
                .subscribeOn(Schedulers.boundedElastic());
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
