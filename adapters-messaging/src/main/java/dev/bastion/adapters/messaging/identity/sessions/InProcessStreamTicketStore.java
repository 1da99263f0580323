package dev.bastion.adapters.messaging.identity.sessions;

import com.github.benmanes.caffeine.cache.Cache;
import dev.bastion.adapters.messaging.shared.Expiring;
import dev.bastion.adapters.messaging.shared.WithoutRedis;
import dev.bastion.domain.identity.StreamTicketStore;
import dev.bastion.domain.identity.TokenDigest;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** {@link StreamTicketStore} for a single instance (no Redis): tickets in memory, cleaned up after they expire. */
@Singleton
@Requires(condition = WithoutRedis.class)
final class InProcessStreamTicketStore implements StreamTicketStore {

    private final Cache<TokenDigest, Expiring<Holder>> tickets = Expiring.cache();

    @Override
    public void keep(TokenDigest digest, Holder holder) {
        Objects.requireNonNull(digest, "digest");
        Duration needed = Duration.between(Instant.now(), holder.expiresAt());
        tickets.put(digest, Expiring.keptFor(holder, needed.isNegative() ? Duration.ZERO : needed));
    }

    @Override
    public Optional<Holder> take(TokenDigest digest) {
        return Optional.ofNullable(tickets.asMap().remove(digest)).map(Expiring::value);
    }
}
