package dev.bastion.adapters.rest.request;

import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Adds who is calling to the logging MDC once security has authenticated the request:
 * {@value #USER_ID} (the access token's subject) and {@value #SESSION_ID}, beside the request id
 * that {@link RequestIdFilter} put there (both in one {@link RequestLogContext}), so every later line
 * of the request carries them (in the JSON log as fields of their own). Anonymous requests add nothing.
 */
@ServerFilter(Filter.MATCH_ALL_PATTERN)
public class CallerLogContextFilter implements Ordered {

    public static final String USER_ID = RequestLogContext.USER_ID;
    public static final String SESSION_ID = RequestLogContext.SESSION_ID;
    /** The session claim of Bastion's authentication (see {@code Caller}). */
    private static final String SESSION_ATTRIBUTE = "sid";

    @RequestFilter
    public void filter(HttpRequest<?> request, MutablePropagatedContext propagatedContext) {
        Map<String, String> caller = callerOf(request);
        if (caller.isEmpty()) {
            return;
        }
        Optional<RequestLogContext> current = propagatedContext.getContext().find(RequestLogContext.class);
        RequestLogContext withCaller = current.orElseGet(() -> RequestLogContext.of(null))
                .withCaller(caller.get(USER_ID), caller.get(SESSION_ID));
        if (current.isPresent()) {
            propagatedContext.replace(current.get(), withCaller);
        } else {
            propagatedContext.add(withCaller);
        }
    }

    /** {@value #USER_ID} and {@value #SESSION_ID} of an authenticated request; empty otherwise. */
    static Map<String, String> callerOf(HttpRequest<?> request) {
        Optional<Authentication> authentication = request.getUserPrincipal(Authentication.class);
        if (authentication.isEmpty()) {
            return Map.of();
        }
        Map<String, String> caller = new HashMap<>();
        caller.put(USER_ID, authentication.get().getName());
        Object session = authentication.get().getAttributes().get(SESSION_ATTRIBUTE);
        if (session != null) {
            caller.put(SESSION_ID, session.toString());
        }
        return caller;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
