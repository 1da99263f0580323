package dev.bastion.bootstrap.observability;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class ConsoleLogConfiguratorTest {

    private final LoggerContext context = new LoggerContext();

    private static ConsoleLogConfigurator configurator(Map<String, String> settings, String... resources) {
        return new ConsoleLogConfigurator(settings::get, List.of(resources)::contains);
    }

    private List<Appender<ILoggingEvent>> rootAppenders() {
        List<Appender<ILoggingEvent>> appenders = new ArrayList<>();
        context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().forEachRemaining(appenders::add);
        return appenders;
    }

    @Test
    void configuresOneConsoleAppenderWithTheTextEncoderAndTheLevelsByDefault() {
        ExecutionStatus status = configurator(Map.of()).configure(context);

        assertThat(status).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getLevel()).isEqualTo(Level.INFO);
        assertThat(context.getLogger("io.zonky").getLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("com.zaxxer.hikari").getLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("io.micronaut.context.env").getLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("org.flywaydb").getLevel()).isEqualTo(Level.INFO);
        List<Appender<ILoggingEvent>> appenders = rootAppenders();
        assertThat(appenders).singleElement().isInstanceOf(ConsoleAppender.class);
        ConsoleAppender<ILoggingEvent> console = (ConsoleAppender<ILoggingEvent>) appenders.get(0);
        assertThat(console.isStarted()).isTrue();
        assertThat(console.getEncoder()).isInstanceOfSatisfying(BastionLogEncoder.class,
                encoder -> assertThat(encoder.getFormat()).isEqualTo("text"));
    }

    @Test
    void theFormatComesFromBastionLogFormat() {
        configurator(Map.of("BASTION_LOG_FORMAT", "json")).configure(context);

        ConsoleAppender<ILoggingEvent> console = (ConsoleAppender<ILoggingEvent>) rootAppenders().get(0);
        assertThat(((BastionLogEncoder) console.getEncoder()).getFormat()).isEqualTo("json");
    }

    @Test
    void anOperatorsFileWinsAndNothingIsConfigured() {
        List<ConsoleLogConfigurator> deferring = List.of(
                configurator(Map.of("logback.configurationFile", "/etc/bastion/logback.xml")),
                configurator(Map.of(), "logback.xml"),
                configurator(Map.of(), "logback-test.xml"));
        for (ConsoleLogConfigurator configurator : deferring) {
            assertThat(configurator.configure(context)).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
            assertThat(rootAppenders()).isEmpty();
        }
    }

    @Test
    void logbackFindsItAsAService() {
        assertThat(ServiceLoader.load(Configurator.class).stream().map(ServiceLoader.Provider::type))
                .contains(ConsoleLogConfigurator.class);
    }
}
