package dev.bastion.adapters.messaging.identity.sessions;

import dev.bastion.adapters.messaging.shared.LuaScript;

/**
 * The Lua side of {@link RedisSessionStore}. Key layout under the prefix {@code P}:
 * <ul>
 *   <li>{@code P session:<id>}: the session hash ({@link SessionHash}); TTL from expiry plus margin;</li>
 *   <li>{@code P user-sessions:<userId>}: set of the user's session ids not yet seen revoked or expired;</li>
 *   <li>{@code P sessions:by-created}: sorted set of listed session ids scored by creation time;</li>
 *   <li>{@code P sessions:by-expiry}: the same ids scored by expiry, to drop expired ones cheaply.</li>
 * </ul>
 * Indexes are cleaned lazily: a revoke removes the id at once, an expired id goes when a listing,
 * {@code revokeAllOf}, a later {@code add} or the scheduled {@code purgeExpired} meets it. Times come in as {@code ARGV} (the domain
 * clock), never from Redis's clock. Scripts build some keys from the prefix in {@code ARGV}:
 * a single Redis, not a Cluster.
 */
final class SessionScripts {

    private SessionScripts() {
    }

    private static final String HELPERS = """
            local function field(h, name)
              for i = 1, #h, 2 do
                if h[i] == name then return h[i + 1] end
              end
              return nil
            end
            local function extend(key, ttl)
              if redis.call('PTTL', key) < ttl then redis.call('PEXPIRE', key, ttl) end
            end
            """;

    /**
     * KEYS: hash, user set, by-created, by-expiry. ARGV: id, ttl ms, created score, expiry score,
     * listed (1/0), domain now (the session's last-seen time), session key prefix, user key
     * prefix, then field/value pairs. Also drops up to 100 ids that expired before {@code now}.
     */
    static final LuaScript ADD = LuaScript.of(HELPERS + """
            redis.call('DEL', KEYS[1])
            redis.call('HSET', KEYS[1], unpack(ARGV, 9))
            local ttl = tonumber(ARGV[2])
            redis.call('PEXPIRE', KEYS[1], ttl)
            if ARGV[5] == '1' then
              redis.call('SADD', KEYS[2], ARGV[1])
              redis.call('ZADD', KEYS[3], ARGV[3], ARGV[1])
              redis.call('ZADD', KEYS[4], ARGV[4], ARGV[1])
              for i = 2, 4 do extend(KEYS[i], ttl) end
            end
            local gone = redis.call('ZRANGEBYSCORE', KEYS[4], '-inf', ARGV[6], 'LIMIT', 0, 100)
            for _, id in ipairs(gone) do
              local user = redis.call('HGET', ARGV[7] .. id, 'userId')
              if user then redis.call('SREM', ARGV[8] .. user, id) end
              redis.call('ZREM', KEYS[3], id)
              redis.call('ZREM', KEYS[4], id)
            end
            return 1
            """);

    /**
     * KEYS: by-created, by-expiry. ARGV: now, most ids to drop, session key prefix, user key prefix.
     * Drops up to that many ids expired at {@code now} (by-expiry up to now) from both sorted sets
     * and from their user's set; returns how many. An id whose hash is gone already (its TTL ran
     * out) cannot name its user: that user's set keeps it until the set's own TTL.
     */
    static final LuaScript PURGE_EXPIRED = LuaScript.of("""
            local gone = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[2]))
            for _, id in ipairs(gone) do
              local user = redis.call('HGET', ARGV[3] .. id, 'userId')
              if user then redis.call('SREM', ARGV[4] .. user, id) end
              redis.call('ZREM', KEYS[1], id)
              redis.call('ZREM', KEYS[2], id)
            end
            return #gone
            """);

    /**
     * Compare-and-set on {@code version}. KEYS: hash, user set, by-created, by-expiry. ARGV: id,
     * expected version, ttl ms, created score, expiry score, revoked (1/0), incoming last-seen,
     * then field/value pairs without version and last-seen. Keeps the later last-seen (a check
     * may have moved it without a new version). Returns 1 when stored, else 0.
     */
    static final LuaScript UPDATE = LuaScript.of(HELPERS + """
            local version = redis.call('HGET', KEYS[1], 'version')
            if (not version) or tonumber(version) ~= tonumber(ARGV[2]) then return 0 end
            local seen = redis.call('HGET', KEYS[1], 'lastSeenAt')
            if (not seen) or tonumber(ARGV[7]) > tonumber(seen) then seen = ARGV[7] end
            redis.call('HSET', KEYS[1], 'lastSeenAt', seen, unpack(ARGV, 8))
            if ARGV[6] == '0' then redis.call('HDEL', KEYS[1], 'revokedAt', 'revokedReason') end
            redis.call('HINCRBY', KEYS[1], 'version', 1)
            local ttl = tonumber(ARGV[3])
            extend(KEYS[1], ttl)
            if ARGV[6] == '1' then
              redis.call('SREM', KEYS[2], ARGV[1])
              redis.call('ZREM', KEYS[3], ARGV[1])
              redis.call('ZREM', KEYS[4], ARGV[1])
            else
              redis.call('SADD', KEYS[2], ARGV[1])
              redis.call('ZADD', KEYS[3], ARGV[4], ARGV[1])
              redis.call('ZADD', KEYS[4], ARGV[5], ARGV[1])
              for i = 2, 4 do extend(KEYS[i], ttl) end
            end
            return 1
            """);

    /**
     * Unconditional and idempotent (the first reason stays). KEYS: hash, by-created, by-expiry.
     * ARGV: id, now, reason, user key prefix. Returns 1 when it revoked, 0 otherwise.
     */
    static final LuaScript REVOKE = LuaScript.of("""
            local user = redis.call('HGET', KEYS[1], 'userId')
            if not user then return 0 end
            local changed = 0
            if redis.call('HEXISTS', KEYS[1], 'revokedAt') == 0 then
              redis.call('HSET', KEYS[1], 'revokedAt', ARGV[2], 'revokedReason', ARGV[3])
              redis.call('HINCRBY', KEYS[1], 'version', 1)
              changed = 1
            end
            redis.call('SREM', ARGV[4] .. user, ARGV[1])
            redis.call('ZREM', KEYS[2], ARGV[1])
            redis.call('ZREM', KEYS[3], ARGV[1])
            return changed
            """);

    /**
     * KEYS: user set, by-created, by-expiry. ARGV: now, id to keep (or empty), reason, session key
     * prefix. Returns how many live sessions it revoked.
     */
    static final LuaScript REVOKE_ALL_OF = LuaScript.of("""
            local now = tonumber(ARGV[1])
            local count = 0
            for _, id in ipairs(redis.call('SMEMBERS', KEYS[1])) do
              local key = ARGV[4] .. id
              local f = redis.call('HMGET', key, 'expiresAt', 'revokedAt')
              local live = f[1] and (not f[2]) and now < tonumber(f[1])
              if not (live and id == ARGV[2]) then
                if live then
                  redis.call('HSET', key, 'revokedAt', ARGV[1], 'revokedReason', ARGV[3])
                  redis.call('HINCRBY', key, 'version', 1)
                  count = count + 1
                end
                redis.call('SREM', KEYS[1], id)
                redis.call('ZREM', KEYS[2], id)
                redis.call('ZREM', KEYS[3], id)
              end
            end
            return count
            """);

    /**
     * The per-request check, one round trip. KEYS: hash. ARGV: now, now minus the last-seen
     * granularity (computed exactly in Java: Lua's doubles would blur a subtraction). Returns
     * {userId, passwordChangeRequired, expiresAt, lastSeenAt} when live (moving last-seen to now when it is older than
     * the second argument; no new version), else an empty array.
     */
    static final LuaScript CHECK = LuaScript.of("""
            local f = redis.call('HMGET', KEYS[1], 'userId', 'expiresAt', 'revokedAt', 'lastSeenAt', 'passwordChangeRequired')
            if (not f[1]) or f[3] then return {} end
            local now = tonumber(ARGV[1])
            if now >= tonumber(f[2]) then return {} end
            local seen = f[4]
            if tonumber(seen) < tonumber(ARGV[2]) then
              redis.call('HSET', KEYS[1], 'lastSeenAt', ARGV[1])
              seen = ARGV[1]
            end
            return {f[1], f[5], f[2], seen}
            """);

    /**
     * KEYS: user set, by-created, by-expiry. ARGV: now, session key prefix. Returns the hashes
     * ({@code HGETALL}) of the user's live sessions; drops ids of gone, revoked or expired ones.
     */
    static final LuaScript LIVE_OF = LuaScript.of(HELPERS + """
            local now = tonumber(ARGV[1])
            local out = {}
            for _, id in ipairs(redis.call('SMEMBERS', KEYS[1])) do
              local h = redis.call('HGETALL', ARGV[2] .. id)
              local expires = field(h, 'expiresAt')
              if expires and (not field(h, 'revokedAt')) and now < tonumber(expires) then
                out[#out + 1] = h
              else
                redis.call('SREM', KEYS[1], id)
                redis.call('ZREM', KEYS[2], id)
                redis.call('ZREM', KEYS[3], id)
              end
            end
            return out
            """);

    /**
     * KEYS: by-created, by-expiry. ARGV: now, offset, size, session key prefix, user key prefix.
     * Drops every id expired at {@code now} (by-expiry up to now), then returns
     * {total, hash, hash, ...} newest first; ids whose hash is gone or revoked are dropped on the way.
     */
    static final LuaScript LIVE_PAGE = LuaScript.of(HELPERS + """
            local function drop(id)
              local user = redis.call('HGET', ARGV[4] .. id, 'userId')
              if user then redis.call('SREM', ARGV[5] .. user, id) end
              redis.call('ZREM', KEYS[1], id)
              redis.call('ZREM', KEYS[2], id)
            end
            for _, id in ipairs(redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', ARGV[1])) do drop(id) end
            local now = tonumber(ARGV[1])
            local size = tonumber(ARGV[3])
            local pos = tonumber(ARGV[2])
            local out = {0}
            while #out - 1 < size do
              local ids = redis.call('ZREVRANGE', KEYS[1], pos, pos + size - #out)
              if #ids == 0 then break end
              for _, id in ipairs(ids) do
                local h = redis.call('HGETALL', ARGV[4] .. id)
                local expires = field(h, 'expiresAt')
                if expires and (not field(h, 'revokedAt')) and now < tonumber(expires) then
                  if #out - 1 < size then out[#out + 1] = h end
                  pos = pos + 1
                else
                  drop(id)
                end
              end
            end
            out[1] = redis.call('ZCARD', KEYS[1])
            return out
            """);
}
