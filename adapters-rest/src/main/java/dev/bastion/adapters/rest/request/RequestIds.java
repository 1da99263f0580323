package dev.bastion.adapters.rest.request;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The request id of an HTTP exchange: the client's {@code X-Request-Id} when it is sane,
 * otherwise a fresh UUID. Resolved once per request and kept as a request attribute, so the
 * response header, the problem body and the log context always agree.
 */
public final class RequestIds {

    /** Header carrying the id, on requests (optional) and on every response. */
    public static final String HEADER = "X-Request-Id";

    /** Logging MDC key holding the id while the request is processed. */
    public static final String MDC_KEY = "requestId";

    /** Characters a client-supplied id may use (a regex character class body): letters, digits, {@code . _ : -}. */
    public static final String ALLOWED_CHARACTERS = "A-Za-z0-9._:-";

    /** Longest client-supplied id that is echoed. */
    public static final int MAX_LENGTH = 128;

    private static final Pattern SANE = Pattern.compile("[" + ALLOWED_CHARACTERS + "]{1," + MAX_LENGTH + "}");
    private static final String ATTRIBUTE = RequestIds.class.getName();

    private RequestIds() {
    }

    /** The id of this request, assigning it on first use. */
    public static String of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, String.class).orElseGet(() -> {
            String id = sanitize(request.getHeaders().get(HEADER));
            request.setAttribute(ATTRIBUTE, id);
            return id;
        });
    }

    /** {@code candidate} when it is a sane id, otherwise a new random UUID; never echoes anything else. */
    public static String sanitize(@Nullable String candidate) {
        return isSane(candidate) ? candidate : UUID.randomUUID().toString();
    }

    public static boolean isSane(@Nullable String candidate) {
        return candidate != null && SANE.matcher(candidate).matches();
    }
}
