package dev.bastion.adapters.messaging.shared;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells every instance that a cache's entries are stale: drops this instance's entries, then
 * {@code PUBLISH}es a unique id on the cache's channel and waits (at most {@link #ECHO_WAIT})
 * until every instance that received it (as many as {@code PUBLISH} counted, this one included)
 * has acknowledged having dropped its entries ({@link ChangeAcks}): the change counts on the very
 * next request anywhere. (Waiting only for this instance's own copy left a moment in which
 * another instance had been sent the message but not yet acted on it.) A Redis
 * that cannot be reached is an {@code UnavailableException} (the caller answers 503; the change
 * itself is committed, and the other instances drop their caches when their subscriptions come
 * back, or at the latest after the time to live).
 */
@Singleton
@Requires(condition = WithRedis.class)
public final class ChangeAnnouncer {

    public static final Duration ECHO_WAIT = Duration.ofSeconds(2);
    private static final Logger LOG = LoggerFactory.getLogger(ChangeAnnouncer.class);

    private final RedisScripts redis;
    private final ChangeSubscription subscription;

    @Inject
    public ChangeAnnouncer(RedisScripts redis, ChangeSubscription subscription) {
        this.redis = redis;
        this.subscription = subscription;
    }

    /** Every instance drops the entries of {@code cache}; call it only after the change has committed. */
    public void announce(HeardChanges cache) {
        cache.invalidateAll();
        subscription.ensureSubscribed();
        String id = UUID.randomUUID().toString();
        String channel = redis.key(cache.channel());
        ChangeAcks acks = subscription.expect(id);
        long receivers = 0;
        try {
            receivers = redis.commands().publish(channel, id);
            if (receivers == 0) {
                LOG.warn("Change {} on {} reached no subscriber, not even this instance's", id, channel);
                return;
            }
            acks.expect(receivers);
            acks.all().get(ECHO_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException late) {
            LOG.warn("Change {} on {} acknowledged by {} of {} instances within {}: the others may see it a "
                    + "moment later", id, channel, acks.receivedSoFar(), receivers, ECHO_WAIT);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException impossible) {
            throw new IllegalStateException("the acknowledgements are only ever completed normally", impossible);
        } finally {
            subscription.forget(id);
        }
    }
}
