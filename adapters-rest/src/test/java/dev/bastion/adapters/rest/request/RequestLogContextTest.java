package dev.bastion.adapters.rest.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** Entering a request's log context sets its own three MDC keys only, and leaving it puts back what was there. */
class RequestLogContextTest {

    @AfterEach
    void clear() {
        MDC.clear();
    }

    @Test
    void setsItsKeysLeavesTheRestAndRestoresWhatTheyHeld() {
        MDC.put("requestId", "outer-request");
        MDC.put("sessionId", "outer-session");
        MDC.put("job", "purge");
        RequestLogContext context = RequestLogContext.of("req-1").withCaller("user-1", "session-1");

        String[] previous = context.updateThreadContext();

        assertThat(MDC.getCopyOfContextMap()).isEqualTo(
                Map.of("requestId", "req-1", "userId", "user-1", "sessionId", "session-1", "job", "purge"));
        context.restoreThreadContext(previous);
        assertThat(MDC.getCopyOfContextMap()).isEqualTo(
                Map.of("requestId", "outer-request", "sessionId", "outer-session", "job", "purge"));
    }

    @Test
    void anAnonymousRequestShowsNoCallerOfAnEarlierOneOnTheSameThread() {
        MDC.put("userId", "earlier-user");
        MDC.put("sessionId", "earlier-session");
        RequestLogContext anonymous = RequestLogContext.of("req-2");

        String[] previous = anonymous.updateThreadContext();

        assertThat(MDC.getCopyOfContextMap()).isEqualTo(Map.of("requestId", "req-2"));
        anonymous.restoreThreadContext(previous);
        assertThat(MDC.getCopyOfContextMap()).isEqualTo(Map.of("userId", "earlier-user", "sessionId", "earlier-session"));
    }

    @Test
    void enteredTwiceOnOneThreadItUnwindsInOrder() {
        RequestLogContext first = RequestLogContext.of("req-3");
        RequestLogContext second = first.withCaller("user-3", null);

        String[] outer = first.updateThreadContext();
        String[] inner = second.updateThreadContext();
        assertThat(MDC.getCopyOfContextMap()).isEqualTo(Map.of("requestId", "req-3", "userId", "user-3"));
        second.restoreThreadContext(inner);
        assertThat(MDC.getCopyOfContextMap()).isEqualTo(Map.of("requestId", "req-3"));
        first.restoreThreadContext(outer);
        assertThat(MDC.getCopyOfContextMap()).isNullOrEmpty();
    }

    @Test
    void enteredAgainWhereItIsAlreadyCarriedItChangesNothingAndLeavesNothingBehind() {
        RequestLogContext context = RequestLogContext.of("req-4").withCaller("user-4", "session-4");

        String[] outer = context.updateThreadContext();
        String[] inner = context.updateThreadContext();
        context.restoreThreadContext(inner);
        assertThat(MDC.getCopyOfContextMap()).isEqualTo(
                Map.of("requestId", "req-4", "userId", "user-4", "sessionId", "session-4"));
        context.restoreThreadContext(outer);
        assertThat(MDC.getCopyOfContextMap()).isNullOrEmpty();
    }
}
