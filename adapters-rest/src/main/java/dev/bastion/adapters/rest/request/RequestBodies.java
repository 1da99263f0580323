package dev.bastion.adapters.rest.request;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.context.ServerRequestContext;
import java.util.Optional;

/**
 * The bytes of a request body as the JSON reader read them, kept on the request for whoever needs
 * them afterwards (the operation log), so no body is ever read twice.
 */
public final class RequestBodies {

    private static final String ATTRIBUTE = RequestBodies.class.getName();

    private RequestBodies() {
    }

    /** Keeps {@code bytes} on the request being served on this thread (if any). */
    public static void keep(byte[] bytes) {
        ServerRequestContext.currentRequest().ifPresent(request -> request.setAttribute(ATTRIBUTE, bytes));
    }

    /** The body bytes the JSON reader read for {@code request}, if it read one. */
    public static Optional<byte[]> of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, byte[].class);
    }
}
