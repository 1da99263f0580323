package dev.bastion.domain.identity;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where issued {@link StreamTicket}s wait to be redeemed, shared by every instance (a ticket taken
 * on one instance may be redeemed on another). Keyed by the ticket's digest.
 */
public interface StreamTicketStore {

    /** Keeps a new ticket until {@code holder.expiresAt()} (longer is harmless: {@link #take} judges). */
    void keep(TokenDigest digest, Holder holder);

    /** Removes and returns the ticket, atomically: of two redemptions at most one gets it. */
    Optional<Holder> take(TokenDigest digest);

    /** Whose session a ticket stands for, and until when. */
    record Holder(UserId user, SessionId session, Instant expiresAt) {

        public Holder {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(expiresAt, "expiresAt");
        }
    }
}
