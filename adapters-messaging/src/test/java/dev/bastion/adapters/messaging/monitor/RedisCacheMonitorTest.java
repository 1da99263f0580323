package dev.bastion.adapters.messaging.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bastion.adapters.messaging.shared.ChangeSubscription;
import dev.bastion.adapters.messaging.shared.RedisScripts;
import dev.bastion.adapters.messaging.testing.RedisContext;
import dev.bastion.adapters.messaging.testing.TestRedis;
import dev.bastion.application.system.dictionary.DictionaryCache;
import dev.bastion.application.system.dictionary.PublishedDictionary;
import dev.bastion.domain.monitor.CacheKeys;
import dev.bastion.domain.monitor.CacheMonitor;
import dev.bastion.domain.monitor.CacheStats;
import dev.bastion.domain.monitor.CacheStatus;
import dev.bastion.domain.monitor.KeyPrefix;
import dev.bastion.domain.shared.NotFoundException;
import dev.bastion.domain.system.dictionary.DictCode;
import io.lettuce.core.SetArgs;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The cache monitor against a real Redis: INFO, key names by SCAN, a clear through the cache's channel. */
class RedisCacheMonitorTest {

    private static RedisContext redis;

    @BeforeAll
    static void start() {
        assumeTrue(TestRedis.uri().isPresent(), TestRedis.UNAVAILABLE);
        redis = RedisContext.start(RedisCacheMonitorTest.class);
    }

    @AfterAll
    static void stop() {
        if (redis != null) {
            redis.close();
        }
    }

    private static CacheMonitor monitor() {
        return redis.context().getBean(CacheMonitor.class);
    }

    private static void write(RedisScripts scripts, String suffix) {
        scripts.commands().set(scripts.key(suffix), "1", SetArgs.Builder.ex(120));
    }

    @Test
    void theStatusHasRedisEssentialsAndTheCachesOfThisInstance() {
        CacheStatus status = monitor().status();

        assertThat(status.backend()).isEqualTo("redis");
        assertThat(status.redis().version()).matches("\\d+\\.\\d+.*");
        assertThat(status.redis().mode()).isEqualTo("standalone");
        assertThat(status.redis().connectedClients()).isPositive();
        assertThat(status.redis().uptimeSeconds()).isPositive();
        assertThat(status.redis().usedMemoryBytes()).isPositive();
        assertThat(status.redis().topCommands()).isNotEmpty().hasSizeLessThanOrEqualTo(10);
        assertThat(status.caches()).extracting(CacheStats::name)
                .containsExactly("access", "dictionaries", "session-checks", "users");
    }

    @Test
    void keysUnderAPrefixAreListedSortedAndOnlyThose() {
        RedisScripts scripts = redis.freshScripts();
        write(scripts, "b");
        write(scripts, "a");
        write(scripts, "a*literal");
        write(scripts, "ab");
        write(scripts.withKeyPrefix(scripts.keyPrefix() + "x"), "other");

        CacheKeys keys = monitor().keys(KeyPrefix.of(scripts.key("a")), 1000);

        assertThat(keys.backend()).isEqualTo("redis");
        assertThat(keys.keys()).containsExactly(scripts.key("a"), scripts.key("a*literal"), scripts.key("ab"));
        assertThat(keys.truncated()).isFalse();
    }

    @Test
    void aListingStopsAtItsLimitAndSaysSo() {
        RedisScripts scripts = redis.freshScripts();
        IntStream.range(0, 1_005).forEach(i -> write(scripts, "k%04d".formatted(i)));

        CacheKeys keys = monitor().keys(KeyPrefix.of(scripts.keyPrefix()), 1000);

        assertThat(keys.keys()).hasSize(1000).isSorted();
        assertThat(keys.truncated()).isTrue();
        assertThat(monitor().keys(KeyPrefix.of(scripts.key("k100")), 1000).keys()).hasSize(5);
    }

    @Test
    void aClearEmptiesTheCacheAndAnUnknownNameIsNotFound() {
        redis.context().getBean(ChangeSubscription.class).ensureSubscribed();
        DictionaryCache dictionaries = redis.context().getBean(DictionaryCache.class);
        DictCode code = new DictCode("colour");
        dictionaries.get(code, c -> PublishedDictionary.of(c, List.of()));
        assertThat(entries("dictionaries")).isEqualTo(1);

        monitor().clearEverywhere("dictionaries");

        assertThat(entries("dictionaries")).isZero();
        assertThatThrownBy(() -> monitor().clearEverywhere("nope")).isInstanceOf(NotFoundException.class);
    }

    private static long entries(String cache) {
        return monitor().status().caches().stream().filter(stats -> stats.name().equals(cache)).findFirst()
                .orElseThrow().entries();
    }
}
