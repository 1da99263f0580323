package dev.bastion.adapters.messaging.identity;

import dev.bastion.adapters.messaging.shared.Redis;
import dev.bastion.adapters.messaging.shared.RedisKeys;
import dev.bastion.adapters.messaging.shared.RedisScript;
import dev.bastion.domain.identity.ClientInfo;
import dev.bastion.domain.identity.RevocationReason;
import dev.bastion.domain.identity.Session;
import dev.bastion.domain.identity.SessionId;
import dev.bastion.domain.identity.SessionSnapshot;
import dev.bastion.domain.identity.SessionStore;
import dev.bastion.domain.identity.TokenDigest;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.Username;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import io.lettuce.core.ScriptOutputType;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link SessionStore} on Redis, shared by every instance. A session is a hash
 * ({@code session:<id>}); {@code sessions} (sorted by login time) and {@code user-sessions:<user>}
 * index the live ones. Every change is one Lua script, so it is atomic and one round trip;
 * the per-request {@link #check} is a single EVALSHA. Times are the domain's ({@code now}); key
 * expiry (a day past the session's end) only cleans up.
 */
@Singleton
@Requires(property = "redis.uri")
final class RedisSessionStore implements SessionStore {

    /** How stale "last seen" may get: the check writes it at most once a minute per session. */
    static final Duration LAST_SEEN_RESOLUTION = Duration.ofSeconds(60);
    private static final long MARGIN_MS = Duration.ofDays(1).toMillis();

    private static final RedisScript ADD = new RedisScript("""
            redis.call('DEL', KEYS[1])
            redis.call('HSET', KEYS[1], unpack(ARGV, 4))
            redis.call('PEXPIRE', KEYS[1], ARGV[3])
            redis.call('ZADD', KEYS[2], ARGV[2], ARGV[1])
            redis.call('SADD', KEYS[3], ARGV[1])
            return 1""");
    private static final RedisScript UPDATE = new RedisScript("""
            if redis.call('HGET', KEYS[1], 'version') ~= ARGV[1] then return 0 end
            redis.call('HSET', KEYS[1], unpack(ARGV, 3))
            redis.call('HSET', KEYS[1], 'version', tonumber(ARGV[1]) + 1)
            redis.call('PEXPIRE', KEYS[1], ARGV[2])
            return 1""");
    private static final RedisScript REVOKE = new RedisScript("""
            if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
            redis.call('ZREM', KEYS[2], ARGV[1])
            if redis.call('HGET', KEYS[1], 'revokedAt') ~= '' then return 0 end
            redis.call('HSET', KEYS[1], 'revokedAt', ARGV[2], 'revokedReason', ARGV[3])
            redis.call('HINCRBY', KEYS[1], 'version', 1)
            return 1""");
    private static final RedisScript CHECK = new RedisScript("""
            local s = redis.call('HMGET', KEYS[1], 'userId', 'expiresAt', 'revokedAt', 'pcr', 'lastSeenAt')
            if not s[1] then return nil end
            if s[3] ~= '' then return nil end
            local now = tonumber(ARGV[1])
            if now >= tonumber(s[2]) then return nil end
            if now - tonumber(s[5]) > tonumber(ARGV[2]) then redis.call('HSET', KEYS[1], 'lastSeenAt', ARGV[1]) end
            return {s[1], s[4]}""");

    private final Redis redis;
    private final RedisKeys keys;

    RedisSessionStore(Redis redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    @Override
    public void add(Session session) {
        SessionSnapshot s = session.snapshot();
        List<String> args = new ArrayList<>(List.of(s.id().toString(), Long.toString(s.createdAt().toEpochMilli()),
                Long.toString(ttl(s))));
        fields(s).forEach((field, value) -> {
            args.add(field);
            args.add(value);
        });
        redis.call(commands -> ADD.run(commands, ScriptOutputType.INTEGER,
                new String[] {sessionKey(s.id()), keys.key("sessions"), userKey(s.userId())},
                args.toArray(String[]::new)));
    }

    @Override
    public Optional<Session> find(SessionId id) {
        Map<String, String> hash = redis.call(commands -> commands.hgetall(sessionKey(id)));
        return hash == null || hash.isEmpty() ? Optional.empty() : Optional.of(Session.reconstitute(parse(hash)));
    }

    @Override
    public boolean update(Session session) {
        SessionSnapshot s = session.snapshot();
        List<String> args = new ArrayList<>(List.of(Long.toString(s.version()), Long.toString(ttl(s))));
        fields(s).forEach((field, value) -> {
            if (!field.equals("version")) {
                args.add(field);
                args.add(value);
            }
        });
        Long stored = redis.call(commands -> UPDATE.run(commands, ScriptOutputType.INTEGER,
                new String[] {sessionKey(s.id())}, args.toArray(String[]::new)));
        if (stored == 1 && s.revokedAt() != null) {
            redis.call(commands -> commands.zrem(keys.key("sessions"), s.id().toString()));
        }
        return stored == 1;
    }

    @Override
    public void revoke(SessionId id, RevocationReason reason, Instant now) {
        redis.call(commands -> REVOKE.run(commands, ScriptOutputType.INTEGER,
                new String[] {sessionKey(id), keys.key("sessions")},
                id.toString(), Long.toString(now.toEpochMilli()), reason.name()));
    }

    @Override
    public int revokeAllOf(UserId user, SessionId keep, RevocationReason reason, Instant now) {
        int revoked = 0;
        for (Session session : liveSessionsOf(user, now)) {
            if (!session.id().equals(keep)) {
                revoke(session.id(), reason, now);
                revoked++;
            }
        }
        return revoked;
    }

    @Override
    public Optional<ActiveSession> check(SessionId id, Instant now) {
        List<Object> answer = redis.call(commands -> CHECK.run(commands, ScriptOutputType.MULTI,
                new String[] {sessionKey(id)},
                Long.toString(now.toEpochMilli()), Long.toString(LAST_SEEN_RESOLUTION.toMillis())));
        if (answer == null || answer.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(new ActiveSession(id, new UserId(UUID.fromString((String) answer.get(0))),
                "1".equals(answer.get(1))));
    }

    @Override
    public List<Session> liveSessionsOf(UserId user, Instant now) {
        String userKey = userKey(user);
        List<Session> live = new ArrayList<>();
        for (String member : redis.call(commands -> commands.smembers(userKey))) {
            Optional<Session> session = find(new SessionId(UUID.fromString(member)));
            if (session.isEmpty() || !now.isBefore(session.get().expiresAt())) {
                redis.call(commands -> commands.srem(userKey, member));
            } else if (session.get().isLive(now)) {
                live.add(session.get());
            }
        }
        live.sort(Comparator.comparing(Session::createdAt).reversed());
        return live;
    }

    /** Walks the login-time index newest first, dropping members that ended, until the page is full. */
    @Override
    public Page<Session> liveSessions(PageRequest page, Instant now) {
        String index = keys.key("sessions");
        List<Session> live = new ArrayList<>();
        for (String member : redis.call(commands -> commands.zrevrange(index, 0, -1))) {
            Optional<Session> session = find(new SessionId(UUID.fromString(member)));
            if (session.isPresent() && session.get().isLive(now)) {
                live.add(session.get());
            } else {
                redis.call(commands -> commands.zrem(index, member));
            }
        }
        List<Session> items = live.stream().skip(page.offset()).limit(page.size()).toList();
        return Page.of(items, live.size(), page);
    }

    private String sessionKey(SessionId id) {
        return keys.key("session", id.toString());
    }

    private String userKey(UserId user) {
        return keys.key("user-sessions", user.toString());
    }

    private static long ttl(SessionSnapshot s) {
        return Math.max(1, s.expiresAt().toEpochMilli() - System.currentTimeMillis()) + MARGIN_MS;
    }

    static Map<String, String> fields(SessionSnapshot s) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("id", s.id().toString());
        fields.put("userId", s.userId().toString());
        fields.put("username", s.username().value());
        fields.put("current", s.current().hex());
        fields.put("rotated", String.join(",", s.rotated().stream().map(TokenDigest::hex).toList()));
        fields.put("ip", s.client().ip());
        fields.put("userAgent", s.client().userAgent());
        fields.put("createdAt", Long.toString(s.createdAt().toEpochMilli()));
        fields.put("lastSeenAt", Long.toString(s.lastSeenAt().toEpochMilli()));
        fields.put("expiresAt", Long.toString(s.expiresAt().toEpochMilli()));
        fields.put("pcr", s.passwordChangeRequired() ? "1" : "0");
        fields.put("revokedAt", s.revokedAt() == null ? "" : Long.toString(s.revokedAt().toEpochMilli()));
        fields.put("revokedReason", s.revokedReason() == null ? "" : s.revokedReason().name());
        fields.put("version", Long.toString(s.version()));
        return fields;
    }

    static SessionSnapshot parse(Map<String, String> h) {
        String rotated = h.get("rotated");
        String revokedAt = h.get("revokedAt");
        String revokedReason = h.get("revokedReason");
        return new SessionSnapshot(
                new SessionId(UUID.fromString(h.get("id"))),
                new UserId(UUID.fromString(h.get("userId"))),
                new Username(h.get("username")),
                new TokenDigest(h.get("current")),
                rotated == null || rotated.isEmpty() ? List.of()
                        : Arrays.stream(rotated.split(",")).map(TokenDigest::new).toList(),
                new ClientInfo(h.get("ip"), h.get("userAgent")),
                Instant.ofEpochMilli(Long.parseLong(h.get("createdAt"))),
                Instant.ofEpochMilli(Long.parseLong(h.get("lastSeenAt"))),
                Instant.ofEpochMilli(Long.parseLong(h.get("expiresAt"))),
                "1".equals(h.get("pcr")),
                revokedAt == null || revokedAt.isEmpty() ? null : Instant.ofEpochMilli(Long.parseLong(revokedAt)),
                revokedReason == null || revokedReason.isEmpty() ? null : RevocationReason.valueOf(revokedReason),
                Long.parseLong(h.get("version")));
    }
}
