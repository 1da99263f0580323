package dev.bastion.bootstrap.observability;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BastionLogEncoderTest {

    private final LoggerContext context = new LoggerContext();

    private BastionLogEncoder encoder(String format) {
        BastionLogEncoder encoder = new BastionLogEncoder();
        encoder.setContext(context);
        encoder.setFormat(format);
        encoder.start();
        return encoder;
    }

    private LoggingEvent event(String message, Map<String, String> mdc, Throwable thrown) {
        LoggingEvent event = new LoggingEvent("test", context.getLogger("dev.bastion.Test"), Level.WARN, message,
                thrown, null);
        event.setMDCPropertyMap(mdc);
        event.setThreadName("worker-1");
        return event;
    }

    @Test
    void jsonIsOneObjectPerLineWithTheRequestAndCallerAsFields() throws Exception {
        BastionLogEncoder json = encoder(" JSON ");
        String line = new String(json.encode(event("Sign-in refused: \"quoted\"\nsecond line",
                Map.of("requestId", "req-42", "userId", "0193-user", "sessionId", "0193-session"),
                new IllegalStateException("boom"))), StandardCharsets.UTF_8);

        assertThat(line).endsWith("\n");
        assertThat(line.substring(0, line.length() - 1)).doesNotContain("\n");
        JsonNode node = new ObjectMapper().readTree(line);
        assertThat(node.get("message").asText()).isEqualTo("Sign-in refused: \"quoted\"\nsecond line");
        assertThat(node.get("level").asText()).isEqualTo("WARN");
        assertThat(node.get("logger_name").asText()).isEqualTo("dev.bastion.Test");
        assertThat(node.get("thread_name").asText()).isEqualTo("worker-1");
        assertThat(node.get("requestId").asText()).isEqualTo("req-42");
        assertThat(node.get("userId").asText()).isEqualTo("0193-user");
        assertThat(node.get("sessionId").asText()).isEqualTo("0193-session");
        assertThat(node.get("stack_trace").asText()).contains("IllegalStateException: boom");
        assertThat(node.has("@timestamp")).isTrue();
    }

    @Test
    void textIsTheDefaultWithTheRequestIdAndTheUserWhenKnown() {
        BastionLogEncoder text = encoder(null);
        String withCaller = new String(text.encode(event("hello", Map.of("requestId", "req-42", "userId", "u-1"),
                null)), StandardCharsets.UTF_8);
        String anonymous = new String(text.encode(event("hello", Map.of("requestId", "req-43"), null)),
                StandardCharsets.UTF_8);

        assertThat(withCaller).matches("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z WARN  \\[worker-1] dev.bastion.Test req-42 user=u-1 - hello\\n");
        assertThat(anonymous).endsWith(" dev.bastion.Test req-43 - hello\n");
    }

    @Test
    void anUnknownFormatFallsBackToText() {
        String line = new String(encoder("xml").encode(event("hello", Map.of(), null)), StandardCharsets.UTF_8);

        assertThat(line).endsWith(" dev.bastion.Test  - hello\n");
    }
}
