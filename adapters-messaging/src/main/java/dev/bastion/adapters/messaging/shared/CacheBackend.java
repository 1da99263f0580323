package dev.bastion.adapters.messaging.shared;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.net.URI;

/**
 * Which cache tier serves this instance: Redis when {@code REDIS_URI} ({@code redis.uri}) is
 * set, otherwise the in-process twins. {@link #describe()} never shows a password.
 */
@Singleton
public final class CacheBackend {

    private final String redisUri;

    public CacheBackend(@Nullable @Value("${redis.uri:}") String redisUri) {
        this.redisUri = isConfigured(redisUri) ? redisUri.strip() : null;
    }

    /** The one rule for "Redis is configured" (also {@link WithRedis} / {@link WithoutRedis}). */
    static boolean isConfigured(String redisUri) {
        return redisUri != null && !redisUri.isBlank();
    }

    public boolean usesRedis() {
        return redisUri != null;
    }

    public String describe() {
        return usesRedis() ? "Redis at " + withoutCredentials(redisUri) : "in-process (no REDIS_URI)";
    }

    static String withoutCredentials(String uri) {
        try {
            URI parsed = URI.create(uri);
            if (parsed.getUserInfo() == null) {
                return uri;
            }
            return new URI(parsed.getScheme(), "***", parsed.getHost(), parsed.getPort(), parsed.getPath(),
                    parsed.getQuery(), parsed.getFragment()).toString();
        } catch (Exception e) {
            return "(unparseable Redis URI)";
        }
    }
}
