package dev.bastion.bootstrap.identity;

import dev.bastion.application.identity.sessions.StreamTicketsService;
import dev.bastion.domain.identity.SessionStore;
import dev.bastion.domain.identity.StreamTicketStore;
import dev.bastion.domain.shared.Clock;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** Stream tickets: how a browser's {@code EventSource} signs in to an event stream without a header. */
@Factory
class StreamTicketsWiring {

    @Singleton
    StreamTicketsService streamTickets(StreamTicketStore tickets, SessionStore sessions, Clock clock) {
        return new StreamTicketsService(tickets, sessions, clock);
    }
}
