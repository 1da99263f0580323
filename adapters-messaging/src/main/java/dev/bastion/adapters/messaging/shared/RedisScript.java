package dev.bastion.adapters.messaging.shared;

import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;

/**
 * A Lua script run with EVALSHA (one round trip, no script text on the wire); loaded on first
 * use and again if the server forgot it (restart, SCRIPT FLUSH).
 */
public final class RedisScript {

    private final String source;
    private volatile String sha;

    public RedisScript(String source) {
        this.source = source;
    }

    public <T> T run(RedisCommands<String, String> redis, ScriptOutputType type, String[] keys, String... args) {
        String digest = sha;
        if (digest == null) {
            digest = load(redis);
        }
        try {
            return redis.evalsha(digest, type, keys, args);
        } catch (RedisNoScriptException forgotten) {
            return redis.evalsha(load(redis), type, keys, args);
        }
    }

    private String load(RedisCommands<String, String> redis) {
        String digest = redis.scriptLoad(source);
        sha = digest;
        return digest;
    }
}
