package dev.bastion.adapters.messaging.access;

import dev.bastion.adapters.messaging.shared.RedisScripts;
import dev.bastion.adapters.messaging.shared.WithRedis;
import dev.bastion.application.access.AccessChanges;
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
 * {@link AccessChanges} across instances: drops this instance's cached access, then
 * {@code PUBLISH}es a unique id on {@code <prefix>access-changed} and waits (at most
 * {@link #ECHO_WAIT}) until this instance's own subscription has received it. Redis sends a
 * message to all subscribers in the same pass, so once the echo is back every other instance has
 * been sent it too: the change is refused on the very next request anywhere, give or take the
 * network. A Redis that cannot be reached is an {@code UnavailableException} (the caller answers
 * 503; the change itself is committed, and the other instances drop their caches when their
 * subscriptions come back, or at the latest after the time to live).
 */
@Singleton
@Requires(condition = WithRedis.class)
final class RedisAccessChanges implements AccessChanges {

    static final Duration ECHO_WAIT = Duration.ofSeconds(2);
    private static final Logger LOG = LoggerFactory.getLogger(RedisAccessChanges.class);

    private final RedisScripts redis;
    private final LocalAccessCache cache;
    private final AccessChangeSubscription subscription;
    private final Duration echoWait;

    @Inject
    RedisAccessChanges(RedisScripts redis, LocalAccessCache cache, AccessChangeSubscription subscription) {
        this(redis, cache, subscription, ECHO_WAIT);
    }

    RedisAccessChanges(RedisScripts redis, LocalAccessCache cache, AccessChangeSubscription subscription,
                       Duration echoWait) {
        this.redis = redis;
        this.cache = cache;
        this.subscription = subscription;
        this.echoWait = echoWait;
    }

    @Override
    public void announce() {
        cache.invalidateAll();
        subscription.ensureSubscribed();
        String id = UUID.randomUUID().toString();
        CompletableFuture<Void> echo = subscription.expect(id);
        try {
            long receivers = redis.commands().publish(subscription.channel(), id);
            if (receivers == 0) {
                LOG.warn("Access change {} reached no subscriber, not even this instance's", id);
                return;
            }
            echo.get(echoWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException late) {
            LOG.warn("Access change {} not echoed within {}: other instances may see it a moment later", id, echoWait);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException impossible) {
            throw new IllegalStateException("the echo future is only ever completed normally", impossible);
        } finally {
            subscription.forget(id);
        }
    }
}
