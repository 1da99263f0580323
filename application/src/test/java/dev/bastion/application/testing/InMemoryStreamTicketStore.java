package dev.bastion.application.testing;

import dev.bastion.domain.identity.StreamTicketStore;
import dev.bastion.domain.identity.TokenDigest;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link StreamTicketStore} in a map: nothing is cleaned up, which a test never notices. */
public final class InMemoryStreamTicketStore implements StreamTicketStore {

    private final Map<TokenDigest, Holder> tickets = new ConcurrentHashMap<>();

    @Override
    public void keep(TokenDigest digest, Holder holder) {
        tickets.put(digest, holder);
    }

    @Override
    public Optional<Holder> take(TokenDigest digest) {
        return Optional.ofNullable(tickets.remove(digest));
    }

    public int size() {
        return tickets.size();
    }
}
