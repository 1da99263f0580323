package dev.bastion.bootstrap.observability;

import dev.bastion.domain.audit.LoginLog;
import dev.bastion.domain.identity.LoginThrottle;
import dev.bastion.domain.identity.SessionStore;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;

/**
 * Puts the observing decorators around the ports whose calls are the events an operator counts
 * or reads in the log, as each adapter's bean is created: every use case that is handed the port
 * gets the decorator, and neither the core nor the adapters know of metrics or security logging.
 */
final class ObservedPorts {

    private ObservedPorts() {
    }

    @Singleton
    static final class LoginLogs implements BeanCreatedEventListener<LoginLog> {

        private final Provider<SignInMeter.Counters> counters;

        LoginLogs(Provider<SignInMeter.Counters> counters) {
            this.counters = counters;
        }

        @Override
        public LoginLog onCreated(BeanCreatedEvent<LoginLog> event) {
            return new SignInMeter(event.getBean(), counters.get());
        }
    }

    @Singleton
    static final class Throttles implements BeanCreatedEventListener<LoginThrottle> {

        @Override
        public LoginThrottle onCreated(BeanCreatedEvent<LoginThrottle> event) {
            return new SecurityEventsThrottle(event.getBean());
        }
    }

    @Singleton
    static final class Sessions implements BeanCreatedEventListener<SessionStore> {

        @Override
        public SessionStore onCreated(BeanCreatedEvent<SessionStore> event) {
            return new SecurityEventsSessionStore(event.getBean());
        }
    }
}
