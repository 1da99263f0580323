package dev.bastion.adapters.messaging.shared;

import dev.bastion.domain.shared.UnavailableException;
import io.lettuce.core.RedisChannelHandler;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionStateListener;
import io.lettuce.core.RedisException;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.exceptions.BeanContextException;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This instance's ear for changes: one Lettuce pub/sub connection of its own, subscribed to the
 * channel of every {@link HeardChanges} cache under the key prefix ({@code <prefix>events},
 * {@code <prefix>sessions-changed}). Every change message drops the entries of its channel's cache
 * and is then acknowledged on the same channel ({@link ChangeAcks}); an acknowledgement counts
 * towards the wait of the instance that announced the change ({@link #expect}).
 *
 * <p>Caching follows the subscription: it starts when the subscription is confirmed, stops when
 * the connection drops, and starts afresh (emptied) when Lettuce has reconnected and subscribed
 * again, since messages sent meanwhile are lost. Redis may be down when the application starts;
 * the subscription is then tried again every few seconds, and at the latest when this instance
 * announces a change itself.
 */
@Singleton
@Requires(condition = WithRedis.class)
public final class ChangeSubscription {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeSubscription.class);

    private final BeanProvider<RedisClient> clients;
    private final Map<String, HeardChanges> cachesByChannel;
    /** Caches that follow the subscription without a channel of their own (the access cache hears events). */
    private final List<FollowsSubscription> followers;
    private final String clientName;
    private final Map<String, ChangeAcks> awaited = new ConcurrentHashMap<>();
    private final RedisScripts redis;
    private final Messages messages = new Messages();
    private final ConnectionState connectionState = new ConnectionState();
    private final Set<String> confirmedBefore = ConcurrentHashMap.newKeySet();
    private volatile StatefulRedisPubSubConnection<String, String> connection;
    private volatile boolean failureLogged;
    private volatile boolean closed;

    @Inject
    public ChangeSubscription(BeanProvider<RedisClient> clients, RedisScripts redis, List<HeardChanges> caches,
                              List<FollowsSubscription> followers) {
        this.clients = clients;
        // a cache on a channel of its own follows through that channel; the others through the list
        this.followers = followers.stream().filter(follower -> !caches.contains(follower)).toList();
        this.redis = redis;
        this.cachesByChannel = caches.stream()
                .collect(Collectors.toUnmodifiableMap(cache -> redis.key(cache.channel()), Function.identity()));
        // names the connection in CLIENT LIST, so an operator (or a test) can find it
        this.clientName = redis.key("changes").replaceAll("[^\\x21-\\x7e]", "_");
    }

    public String clientName() {
        return clientName;
    }

    /** Subscribes if not yet subscribed: at start, then every few seconds until it has worked. */
    @Scheduled(fixedDelay = "5s")
    void keepSubscribed() {
        if (closed) {
            return; // the context is shutting down: a late run must not open a new connection
        }
        try {
            ensureSubscribed();
        } catch (UnavailableException e) {
            if (!failureLogged) {
                failureLogged = true;
                LOG.warn("Cannot subscribe to changes yet ({}); access and sessions are read uncached until then",
                        e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
            }
        }
    }

    /** Opens the connection and subscribes, once; Lettuce reconnects and re-subscribes after a drop by itself. */
    public synchronized void ensureSubscribed() {
        if (closed) {
            throw new UnavailableException("the subscription to changes (shut down)", null);
        }
        if (connection != null) {
            return;
        }
        StatefulRedisPubSubConnection<String, String> opened;
        try {
            opened = clients.get().connectPubSub();
        } catch (RedisException | BeanContextException unreachable) {
            // BeanContextException: the client could not be built, or (a context closing) is gone
            throw new UnavailableException("Redis", unreachable);
        }
        try {
            opened.addListener(messages);
            opened.addListener(connectionState);
            opened.sync().clientSetname(clientName);
            opened.sync().subscribe(cachesByChannel.keySet().toArray(String[]::new));
        } catch (RedisException failed) {
            opened.closeAsync();
            throw new UnavailableException("Redis", failed);
        }
        connection = opened;
        failureLogged = false;
        cachesByChannel.values().forEach(HeardChanges::startCaching);
        followers.forEach(FollowsSubscription::startCaching);
    }

    /** The acknowledgements of change {@code id}, counted from now on; {@link #forget} it afterwards. */
    ChangeAcks expect(String id) {
        return awaited.computeIfAbsent(id, key -> new ChangeAcks());
    }

    void forget(String id) {
        awaited.remove(id);
    }

    @PreDestroy
    public synchronized void close() {
        closed = true;
        cachesByChannel.values().forEach(HeardChanges::stopCaching);
        followers.forEach(FollowsSubscription::stopCaching);
        StatefulRedisPubSubConnection<String, String> open = connection;
        connection = null;
        if (open != null) {
            open.removeListener(connectionState); // closing is no lost subscription
            open.close();
        }
    }

    private final class Messages extends RedisPubSubAdapter<String, String> {

        @Override
        public void message(String from, String message) {
            HeardChanges cache = cachesByChannel.get(from);
            if (cache == null) {
                return;
            }
            if (message.startsWith(ChangeAcks.PREFIX)) {
                ChangeAcks acks = awaited.get(message.substring(ChangeAcks.PREFIX.length()));
                if (acks != null) {
                    acks.received();
                }
                return;
            }
            // on Lettuce's event loop: never wait here for an answer from Redis
            cache.heard().whenComplete((done, failed) -> {
                if (failed != null) {
                    LOG.warn("Acting on the change heard on {} failed; not acknowledged", from, failed);
                } else {
                    redis.publishAsync(from, ChangeAcks.PREFIX + message);
                }
            });
        }

        /**
         * The first confirmation of a channel answers {@link #ensureSubscribed()}, which starts
         * caching itself (this callback may run before or after it returns); every later one
         * follows a reconnect.
         */
        @Override
        public void subscribed(String to, long count) {
            HeardChanges cache = cachesByChannel.get(to);
            if (cache != null && !confirmedBefore.add(to)) {
                LOG.info("Subscribed to {} again; its cache dropped, as changes may have been missed", to);
                cache.startCaching();
                followers.forEach(FollowsSubscription::startCaching);
            }
        }
    }

    private final class ConnectionState implements RedisConnectionStateListener {

        @Override
        public void onRedisDisconnected(RedisChannelHandler<?, ?> connection) {
            LOG.warn("Subscription to changes lost; access and sessions are read uncached until Lettuce has reconnected");
            cachesByChannel.values().forEach(HeardChanges::stopCaching);
            followers.forEach(FollowsSubscription::stopCaching);
        }
    }
}
