package dev.bastion.adapters.messaging.identity.sessions;

import static dev.bastion.adapters.messaging.identity.sessions.SessionSnapshots.NEWEST_FIRST;

import dev.bastion.adapters.messaging.shared.ChangeAnnouncer;
import dev.bastion.adapters.messaging.shared.EpochMillisText;
import dev.bastion.adapters.messaging.shared.LuaScript;
import dev.bastion.adapters.messaging.shared.RedisScripts;
import dev.bastion.adapters.messaging.shared.WithRedis;
import dev.bastion.domain.identity.RevocationReason;
import dev.bastion.domain.identity.Session;
import dev.bastion.domain.identity.SessionId;
import dev.bastion.domain.identity.SessionSnapshot;
import dev.bastion.domain.identity.SessionStore;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import io.lettuce.core.Range;
import io.lettuce.core.ScriptOutputType;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link SessionStore} shared by every instance, in Redis: a hash per session and three indexes
 * (see {@link SessionScripts}). Every method is one round trip: {@code find} is an
 * {@code HGETALL}, everything else one Lua script, so each change is atomic. {@code check}, made
 * on every authenticated request, is answered from this instance's {@link LocalSessionChecks}
 * and otherwise reads five fields and at most once a minute writes one.
 */
@Singleton
@Requires(condition = WithRedis.class)
final class RedisSessionStore implements SessionStore {

    /** Expired ids {@link #purgeExpired} drops per script call. */
    static final int PURGE_BATCH = 500;

    private final RedisScripts redis;
    private final LocalSessionChecks checks;
    private final ChangeAnnouncer announcer;
    private final String sessionPrefix;
    private final String userPrefix;
    private final String byCreated;
    private final String byExpiry;

    RedisSessionStore(RedisScripts redis, LocalSessionChecks checks, ChangeAnnouncer announcer) {
        this.redis = redis;
        this.checks = checks;
        this.announcer = announcer;
        this.sessionPrefix = redis.key("session:");
        this.userPrefix = redis.key("user-sessions:");
        this.byCreated = redis.key("sessions:by-created");
        this.byExpiry = redis.key("sessions:by-expiry");
    }

    @Override
    public void add(Session session) {
        SessionSnapshot s = session.snapshot();
        List<String> args = new ArrayList<>(List.of(
                s.id().toString(),
                ttl(s),
                EpochMillisText.format(s.createdAt()),
                EpochMillisText.format(s.expiresAt()),
                s.revokedAt() == null ? "1" : "0",
                EpochMillisText.format(s.lastSeenAt()),
                sessionPrefix,
                userPrefix));
        args.addAll(SessionHash.flat(SessionHash.fields(s)));
        run(SessionScripts.ADD, ScriptOutputType.INTEGER, keysOf(s), args);
    }

    @Override
    public Optional<Session> find(SessionId id) {
        Map<String, String> hash = redis.commands().hgetall(sessionKey(id));
        if (hash == null || hash.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Session.reconstitute(SessionHash.read(hash)));
    }

    @Override
    public boolean update(Session session) {
        SessionSnapshot s = session.snapshot();
        List<String> args = new ArrayList<>(List.of(
                s.id().toString(),
                Long.toString(s.version()),
                ttl(s),
                EpochMillisText.format(s.createdAt()),
                EpochMillisText.format(s.expiresAt()),
                s.revokedAt() == null ? "0" : "1",
                EpochMillisText.format(s.lastSeenAt())));
        args.addAll(SessionHash.flat(SessionHash.fields(s), SessionHash.VERSION, SessionHash.LAST_SEEN_AT));
        Long stored = run(SessionScripts.UPDATE, ScriptOutputType.INTEGER, keysOf(s), args);
        if (stored != 1L) {
            return false;
        }
        announcer.announce(checks);
        return true;
    }

    @Override
    public void revoke(SessionId id, RevocationReason reason, Instant now) {
        Objects.requireNonNull(reason, "reason");
        redis.run(SessionScripts.REVOKE, ScriptOutputType.INTEGER,
                new String[] {sessionKey(id), byCreated, byExpiry},
                id.toString(), EpochMillisText.format(now), reason.name(), userPrefix);
        announcer.announce(checks);
    }

    @Override
    public int revokeAllOf(UserId user, SessionId keep, RevocationReason reason, Instant now) {
        Objects.requireNonNull(reason, "reason");
        Long count = redis.run(SessionScripts.REVOKE_ALL_OF, ScriptOutputType.INTEGER,
                new String[] {userPrefix + user, byCreated, byExpiry},
                EpochMillisText.format(now), keep == null ? "" : keep.toString(), reason.name(), sessionPrefix);
        if (count > 0) {
            announcer.announce(checks);
        }
        return Math.toIntExact(count);
    }

    /**
     * Served from this instance's {@link LocalSessionChecks} while the session is cached there;
     * otherwise the script, which also moves last-seen at most once a minute. Every revocation
     * or change of a session is announced, so the cache drops it on every instance at once.
     */
    @Override
    public Optional<ActiveSession> check(SessionId id, Instant now) {
        return checks.check(id, now, unknown -> ask(unknown, now));
    }

    private LocalSessionChecks.Live ask(SessionId id, Instant now) {
        List<Object> answer = redis.run(SessionScripts.CHECK, ScriptOutputType.MULTI,
                new String[] {sessionKey(id)},
                EpochMillisText.format(now),
                EpochMillisText.format(now.minus(SessionSnapshots.LAST_SEEN_GRANULARITY)));
        if (answer == null || answer.size() < 4) {
            return null;
        }
        return new LocalSessionChecks.Live(
                new ActiveSession(id, new UserId(UUID.fromString((String) answer.get(0))), "1".equals(answer.get(1))),
                EpochMillisText.parse((String) answer.get(2)), EpochMillisText.parse((String) answer.get(3)));
    }

    @Override
    public List<Session> liveSessionsOf(UserId user, Instant now) {
        List<Object> hashes = redis.run(SessionScripts.LIVE_OF, ScriptOutputType.MULTI,
                new String[] {userPrefix + user, byCreated, byExpiry},
                EpochMillisText.format(now), sessionPrefix);
        return hashes.stream()
                .map(hash -> SessionHash.read((List<?>) hash))
                .sorted(NEWEST_FIRST)
                .map(Session::reconstitute)
                .toList();
    }

    @Override
    public Page<Session> liveSessions(PageRequest page, Instant now) {
        List<Object> answer = redis.run(SessionScripts.LIVE_PAGE, ScriptOutputType.MULTI,
                new String[] {byCreated, byExpiry},
                EpochMillisText.format(now), Long.toString(page.offset()), Integer.toString(page.size()),
                sessionPrefix, userPrefix);
        long total = (Long) answer.get(0);
        List<Session> items = answer.subList(1, answer.size()).stream()
                .map(hash -> Session.reconstitute(SessionHash.read((List<?>) hash)))
                .toList();
        return Page.of(items, total, page);
    }

    /**
     * The ids indexed by expiry that expire after {@code now}: revocations leave that index at
     * once and expired ids score before {@code now}, so one {@code ZCOUNT} counts the live ones.
     */
    @Override
    public long countLive(Instant now) {
        double after = Double.parseDouble(EpochMillisText.format(now));
        Long count = redis.commands().zcount(byExpiry, Range.from(Range.Boundary.excluding(after), Range.Boundary.unbounded()));
        return count == null ? 0 : count;
    }

    /**
     * One script per {@value #PURGE_BATCH} ids, so no single call holds Redis for long; each
     * batch drops what it counts, so the loop ends.
     */
    @Override
    public int purgeExpired(Instant now) {
        String at = EpochMillisText.format(now);
        int total = 0;
        long batch;
        do {
            batch = redis.run(SessionScripts.PURGE_EXPIRED, ScriptOutputType.INTEGER,
                    new String[] {byCreated, byExpiry},
                    at, Integer.toString(PURGE_BATCH), sessionPrefix, userPrefix);
            total += Math.toIntExact(batch);
        } while (batch == PURGE_BATCH);
        return total;
    }

    private String sessionKey(SessionId id) {
        return sessionPrefix + id;
    }

    private String[] keysOf(SessionSnapshot s) {
        return new String[] {sessionKey(s.id()), userPrefix + s.userId(), byCreated, byExpiry};
    }

    private static String ttl(SessionSnapshot s) {
        return Long.toString(RedisScripts.ttlMillis(SessionSnapshots.keepFor(s)));
    }

    private <T> T run(LuaScript script, ScriptOutputType type, String[] keys, List<String> args) {
        return redis.run(script, type, keys, args.toArray(String[]::new));
    }
}
