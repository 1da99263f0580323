package dev.bastion.bootstrap.observability;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The server's logging, configured in code: one console appender with {@link BastionLogEncoder}
 * in the format {@code BASTION_LOG_FORMAT} names (a system property, else the environment; text
 * when unset), INFO, and the chatty libraries quieter ({@link #LEVELS}). It is what a
 * {@code logback.xml} said, without logback's XML configurator, whose parsing ran on the main
 * thread before anything else and cost 0.2–0.3 s of every start (bench/RESULTS.md).
 *
 * <p>Found by logback through {@code META-INF/services}, ahead of its own configurators. An
 * operator's file still wins: with {@code -Dlogback.configurationFile} set, or a {@code logback.xml}
 * or {@code logback-test.xml} on the class path (the tests have one), this steps aside and logback
 * reads that file as it always does.
 */
public final class ConsoleLogConfigurator extends ContextAwareBase implements Configurator {

    /** Loggers below INFO's noise: the embedded database, the pool, the environment's deduction. */
    static final Map<String, Level> LEVELS = Map.of(
            "io.zonky", Level.WARN,
            "org.flywaydb", Level.INFO,
            "com.zaxxer.hikari", Level.WARN,
            "io.micronaut.context.env", Level.WARN);

    private final Function<String, String> settings;
    private final Predicate<String> onClassPath;

    /** As logback instantiates it: system properties then environment, this class's loader. */
    public ConsoleLogConfigurator() {
        this(name -> System.getProperty(name, System.getenv(name)),
                resource -> ConsoleLogConfigurator.class.getClassLoader().getResource(resource) != null);
    }

    ConsoleLogConfigurator(Function<String, String> settings, Predicate<String> onClassPath) {
        this.settings = settings;
        this.onClassPath = onClassPath;
    }

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (settings.apply("logback.configurationFile") != null
                || onClassPath.test("logback-test.xml") || onClassPath.test("logback.xml")) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        BastionLogEncoder encoder = new BastionLogEncoder();
        encoder.setContext(context);
        encoder.setFormat(settings.apply("BASTION_LOG_FORMAT"));
        encoder.start();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("STDOUT");
        console.setEncoder(encoder);
        console.start();
        LEVELS.forEach((name, level) -> context.getLogger(name).setLevel(level));
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(console);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
