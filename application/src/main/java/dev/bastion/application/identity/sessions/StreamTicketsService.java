package dev.bastion.application.identity.sessions;

import dev.bastion.domain.identity.SessionId;
import dev.bastion.domain.identity.SessionStore;
import dev.bastion.domain.identity.SessionStore.ActiveSession;
import dev.bastion.domain.identity.StreamTicket;
import dev.bastion.domain.identity.StreamTicketStore;
import dev.bastion.domain.identity.StreamTicketStore.Holder;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.shared.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link IssueStreamTicket} and {@link RedeemStreamTicket}. A ticket lives {@link #LIFETIME}: long
 * enough for a page to open its stream, short enough that one leaked in a log or a proxy's URL is
 * useless; and it is gone after its first use whether or not that use succeeded.
 */
public final class StreamTicketsService implements IssueStreamTicket, RedeemStreamTicket {

    public static final Duration LIFETIME = Duration.ofSeconds(30);

    private final StreamTicketStore tickets;
    private final SessionStore sessions;
    private final Clock clock;

    public StreamTicketsService(StreamTicketStore tickets, SessionStore sessions, Clock clock) {
        this.tickets = Objects.requireNonNull(tickets, "tickets");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Issued issue(UserId user, SessionId session) {
        StreamTicket ticket = StreamTicket.issue();
        tickets.keep(ticket.digest(), new Holder(user, session, clock.now().plus(LIFETIME)));
        return new Issued(ticket.value(), LIFETIME);
    }

    @Override
    public Optional<ActiveSession> redeem(String text) {
        Optional<Holder> holder = StreamTicket.parse(text).flatMap(ticket -> tickets.take(ticket.digest()));
        Instant now = clock.now();
        return holder.filter(h -> now.isBefore(h.expiresAt()))
                .flatMap(h -> sessions.check(h.session(), now).filter(active -> active.userId().equals(h.user())));
    }
}
