package dev.bastion.adapters.messaging.identity.sessions;

import dev.bastion.adapters.messaging.shared.EpochMillisText;
import dev.bastion.adapters.messaging.shared.RedisScripts;
import dev.bastion.adapters.messaging.shared.WithRedis;
import dev.bastion.domain.identity.SessionId;
import dev.bastion.domain.identity.StreamTicketStore;
import dev.bastion.domain.identity.TokenDigest;
import dev.bastion.domain.identity.UserId;
import io.lettuce.core.SetArgs;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link StreamTicketStore} shared by every instance: one Redis string per ticket,
 * {@code <prefix>stream-ticket:<digest>} = {@code <user> <session> <expires at, epoch ms>}, taken
 * with {@code GETDEL} (one round trip, so a ticket is redeemed once across the cluster). The TTL
 * only cleans up; expiry is judged on the domain clock by the use case.
 */
@Singleton
@Requires(condition = WithRedis.class)
final class RedisStreamTicketStore implements StreamTicketStore {

    private final RedisScripts redis;

    RedisStreamTicketStore(RedisScripts redis) {
        this.redis = Objects.requireNonNull(redis, "redis");
    }

    @Override
    public void keep(TokenDigest digest, Holder holder) {
        Duration needed = Duration.between(Instant.now(), holder.expiresAt());
        redis.commands().set(key(digest),
                holder.user() + " " + holder.session() + " " + EpochMillisText.format(holder.expiresAt()),
                SetArgs.Builder.px(RedisScripts.ttlMillis(needed.isNegative() ? Duration.ZERO : needed)));
    }

    @Override
    public Optional<Holder> take(TokenDigest digest) {
        String stored = redis.commands().getdel(key(digest));
        if (stored == null) {
            return Optional.empty();
        }
        String[] parts = stored.split(" ");
        return Optional.of(new Holder(UserId.parse("user", parts[0]), SessionId.parse("session", parts[1]),
                EpochMillisText.parse(parts[2])));
    }

    private String key(TokenDigest digest) {
        return redis.key("stream-ticket:" + digest.hex());
    }
}
