package dev.bastion.bootstrap.observability;

import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.EncoderBase;
import java.util.Locale;
import net.logstash.logback.encoder.LogstashEncoder;

/**
 * The one encoder of the console appender, in the format {@code BASTION_LOG_FORMAT} names:
 * {@code text} (the default: one readable line, {@link #TEXT_PATTERN}) or {@code json} (one JSON
 * object per line, logstash-logback-encoder: {@code @timestamp}, {@code level}, {@code logger_name},
 * {@code thread_name}, {@code message}, {@code stack_trace}, and every MDC entry as a field of
 * its own: {@code requestId}, {@code userId}, {@code sessionId}). Any other value is refused
 * before start (StartupGuards); should one get here anyway, it falls back to text.
 */
public final class BastionLogEncoder extends EncoderBase<ILoggingEvent> {

    /** UTC time, level, thread, logger, request id and user id (when known), message. */
    public static final String TEXT_PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSX,UTC} %-5level [%thread] %logger{36} "
            + "%X{requestId:-}%replace( user=%X{userId}){' user=$', ''} - %msg%n";

    private String format = "text";
    private Encoder<ILoggingEvent> delegate;

    /** {@code text} or {@code json}, ignoring case and surrounding blanks. */
    public void setFormat(String format) {
        this.format = format == null ? "text" : format.strip().toLowerCase(Locale.ROOT);
    }

    public String getFormat() {
        return format;
    }

    @Override
    public void start() {
        if ("json".equals(format)) {
            LogstashEncoder json = new LogstashEncoder();
            json.setContext(getContext());
            json.start();
            delegate = json;
        } else {
            PatternLayoutEncoder text = new PatternLayoutEncoder();
            text.setContext(getContext());
            text.setPattern(TEXT_PATTERN);
            text.start();
            delegate = text;
        }
        super.start();
    }

    @Override
    public void stop() {
        if (delegate != null) {
            delegate.stop();
        }
        super.stop();
    }

    @Override
    public byte[] headerBytes() {
        return delegate.headerBytes();
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        return delegate.encode(event);
    }

    @Override
    public byte[] footerBytes() {
        return delegate.footerBytes();
    }
}
