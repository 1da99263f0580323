package dev.bastion.adapters.messaging.identity.sessions;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.bastion.adapters.messaging.shared.ChangeAwareCache;
import dev.bastion.adapters.messaging.shared.CachesOnChannel;
import dev.bastion.adapters.messaging.shared.MonitoredCache;
import dev.bastion.adapters.messaging.shared.WithRedis;
import dev.bastion.domain.identity.SessionId;
import dev.bastion.domain.identity.SessionStore.ActiveSession;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * The answers of the per-request session check that this instance has had from Redis, so that a
 * request with a live session does not make a round trip each time. Only live sessions are kept,
 * until they expire, and each only until Redis would move its last-seen (a minute after the last
 * move, by the clock of the checks): so last-seen is exactly what it is without the cache.
 *
 * <p>Revoking or changing a session is announced on {@code sessions-changed}, and every
 * instance drops its cached checks before the revocation returns ({@link ChangeAwareCache}: a check
 * that raced the change is not served again). Nothing is cached while the subscription is down.
 */
@Singleton
@Requires(condition = WithRedis.class)
final class LocalSessionChecks extends CachesOnChannel implements MonitoredCache.OverOneCache {

    static final String NAME = "session-checks";

    static final String CHANNEL = "sessions-changed";
    static final Duration TTL = SessionSnapshots.LAST_SEEN_GRANULARITY;
    /** Sessions kept at most; past that the least used leave. */
    static final long MAXIMUM_SESSIONS = 100_000;

    /** A live session as Redis answered: when it expires, and when it was last seen (after this check). */
    record Live(ActiveSession session, Instant expiresAt, Instant lastSeenAt) {
    }

    private final ChangeAwareCache<SessionId, Live> entries;

    @Inject
    LocalSessionChecks() {
        this(Ticker.systemTicker(), false);
    }

    LocalSessionChecks(Ticker ticker, boolean cachingFromStart) {
        this(new ChangeAwareCache<>(TTL, MAXIMUM_SESSIONS, ticker, cachingFromStart, "session check TTL"));
    }

    private LocalSessionChecks(ChangeAwareCache<SessionId, Live> entries) {
        super(CHANNEL, entries);
        this.entries = entries;
    }

    /** The cached answer for {@code id}, or {@code ask}'s (null: not live, not cached). */
    Optional<ActiveSession> check(SessionId id, Instant now, Function<SessionId, Live> ask) {
        Live live = entries.get(id, ask);
        if (live != null && now.isAfter(live.lastSeenAt().plus(TTL))) {
            // Redis would move last-seen now: ask it, so "last seen" stays as exact as without a cache
            entries.forget(id);
            live = entries.get(id, ask);
        }
        if (live == null) {
            return Optional.empty();
        }
        if (!now.isBefore(live.expiresAt())) {
            entries.forget(id);
            return Optional.empty();
        }
        return Optional.of(live.session());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Answers of the per-request session check (live sessions), by session id";
    }

    @Override
    public ChangeAwareCache<?, ?> monitoredEntries() {
        return entries;
    }
}
