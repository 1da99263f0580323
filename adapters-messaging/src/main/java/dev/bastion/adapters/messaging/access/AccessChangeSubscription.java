package dev.bastion.adapters.messaging.access;

import dev.bastion.adapters.messaging.shared.RedisScripts;
import dev.bastion.adapters.messaging.shared.WithRedis;
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
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This instance's ear for access changes: a Lettuce pub/sub connection of its own, subscribed to
 * {@code <prefix>access-changed}. Every message drops the local cached access; a message this
 * instance sent itself also completes the wait of its sender ({@link #expect}).
 *
 * <p>Caching follows the subscription: it starts when the subscription is confirmed, stops when
 * the connection drops, and starts afresh (emptied) when Lettuce has reconnected and subscribed
 * again, since messages sent meanwhile are lost. Redis may be down when the application starts;
 * the subscription is then tried again every few seconds, and at the latest when this instance
 * announces a change itself.
 */
@Singleton
@Requires(condition = WithRedis.class)
final class AccessChangeSubscription {

    static final String CHANNEL = "access-changed";
    private static final Logger LOG = LoggerFactory.getLogger(AccessChangeSubscription.class);

    private final BeanProvider<RedisClient> clients;
    private final LocalAccessCache cache;
    private final String channel;
    private final String clientName;
    private final Map<String, CompletableFuture<Void>> awaited = new ConcurrentHashMap<>();
    private final Messages messages = new Messages();
    private final ConnectionState connectionState = new ConnectionState();
    private final AtomicBoolean confirmedBefore = new AtomicBoolean();
    private volatile StatefulRedisPubSubConnection<String, String> connection;
    private volatile boolean failureLogged;
    private volatile boolean closed;

    @Inject
    AccessChangeSubscription(BeanProvider<RedisClient> clients, RedisScripts redis, LocalAccessCache cache) {
        this.clients = clients;
        this.cache = cache;
        this.channel = redis.key(CHANNEL);
        // names the connection in CLIENT LIST, so an operator (or a test) can find it
        this.clientName = redis.key("access-changes").replaceAll("[^\\x21-\\x7e]", "_");
    }

    String channel() {
        return channel;
    }

    String clientName() {
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
                LOG.warn("Cannot subscribe to access changes yet ({}); access is read uncached until then",
                        e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
            }
        }
    }

    /** Opens the connection and subscribes, once; Lettuce reconnects and re-subscribes after a drop by itself. */
    synchronized void ensureSubscribed() {
        if (closed) {
            throw new UnavailableException("the subscription to access changes (shut down)", null);
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
            opened.sync().subscribe(channel);
        } catch (RedisException failed) {
            opened.closeAsync();
            throw new UnavailableException("Redis", failed);
        }
        connection = opened;
        failureLogged = false;
        cache.startCaching();
    }

    /** Completes when this instance has received {@code id} on the channel; {@link #forget} it afterwards. */
    CompletableFuture<Void> expect(String id) {
        return awaited.computeIfAbsent(id, key -> new CompletableFuture<>());
    }

    void forget(String id) {
        awaited.remove(id);
    }

    @PreDestroy
    synchronized void close() {
        closed = true;
        cache.stopCaching();
        StatefulRedisPubSubConnection<String, String> open = connection;
        connection = null;
        if (open != null) {
            open.removeListener(connectionState); // closing is no lost subscription
            open.close();
        }
    }

    private final class Messages extends RedisPubSubAdapter<String, String> {

        @Override
        public void message(String from, String id) {
            if (!channel.equals(from)) {
                return;
            }
            cache.invalidateAll();
            CompletableFuture<Void> sender = awaited.get(id);
            if (sender != null) {
                sender.complete(null);
            }
        }

        /**
         * The first confirmation answers {@link #ensureSubscribed()}, which starts caching itself
         * (this callback may run before or after it returns); every later one follows a reconnect.
         */
        @Override
        public void subscribed(String to, long count) {
            if (channel.equals(to) && !confirmedBefore.compareAndSet(false, true)) {
                LOG.info("Subscribed to access changes again; cached access dropped, as changes may have been missed");
                cache.startCaching();
            }
        }
    }

    private final class ConnectionState implements RedisConnectionStateListener {

        @Override
        public void onRedisDisconnected(RedisChannelHandler<?, ?> connection) {
            LOG.warn("Subscription to access changes lost; access is read uncached until Lettuce has reconnected");
            cache.stopCaching();
        }
    }
}
