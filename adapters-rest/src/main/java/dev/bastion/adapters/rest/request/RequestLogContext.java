package dev.bastion.adapters.rest.request;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.propagation.ThreadPropagatedContextElement;
import java.util.Objects;
import org.slf4j.MDC;

/**
 * What a request's log lines carry in the MDC: its id ({@link RequestIdFilter}) and, once security
 * has authenticated it, the caller's user and session ids ({@link CallerLogContextFilter}). A
 * propagated-context element, so it follows the request onto executor threads and into exception
 * handlers.
 *
 * <p>Each time the request's context is entered on a thread (every filter step and reactive hop)
 * this sets its three keys, unless the thread already carries them, and afterwards puts back what
 * they held; the rest of the MDC is left alone. Micronaut's {@code MdcPropagationContext} copied the whole MDC map in and out instead: 8 %
 * of {@code GET /auth/me}'s CPU (bench/RESULTS.md). A key this request has no value for is removed
 * while it runs, so nothing of an earlier request on the same thread shows in its lines.
 */
public record RequestLogContext(@Nullable String requestId, @Nullable String userId, @Nullable String sessionId)
        implements ThreadPropagatedContextElement<String[]> {

    public static final String USER_ID = "userId";
    public static final String SESSION_ID = "sessionId";

    /** Returned when the thread already carried this context: nothing to put back. */
    private static final String[] UNCHANGED = new String[0];

    static RequestLogContext of(String requestId) {
        return new RequestLogContext(requestId, null, null);
    }

    RequestLogContext withCaller(String callerUserId, @Nullable String callerSessionId) {
        return new RequestLogContext(requestId, callerUserId, callerSessionId);
    }

    @Override
    public String[] updateThreadContext() {
        String previousRequestId = MDC.get(RequestIds.MDC_KEY);
        String previousUserId = MDC.get(USER_ID);
        String previousSessionId = MDC.get(SESSION_ID);
        if (Objects.equals(previousRequestId, requestId) && Objects.equals(previousUserId, userId)
                && Objects.equals(previousSessionId, sessionId)) {
            return UNCHANGED; // entered again on a thread that already carries it: most entries are
        }
        set(requestId, userId, sessionId);
        return new String[] {previousRequestId, previousUserId, previousSessionId};
    }

    @Override
    public void restoreThreadContext(String[] previous) {
        if (previous != UNCHANGED) {
            set(previous[0], previous[1], previous[2]);
        }
    }

    private static void set(@Nullable String requestId, @Nullable String userId, @Nullable String sessionId) {
        put(RequestIds.MDC_KEY, requestId);
        put(USER_ID, userId);
        put(SESSION_ID, sessionId);
    }

    private static void put(String key, @Nullable String value) {
        if (value == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, value);
        }
    }
}
