package dev.bastion.adapters.messaging.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bastion.adapters.messaging.testing.RedisContext;
import dev.bastion.adapters.messaging.testing.TestRedis;
import io.lettuce.core.ScriptOutputType;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RedisScriptsTest {

    private static RedisContext redis;

    @BeforeAll
    static void start() {
        assumeTrue(TestRedis.uri().isPresent(), TestRedis.UNAVAILABLE);
        redis = RedisContext.start(RedisScriptsTest.class);
    }

    @AfterAll
    static void stop() {
        if (redis != null) {
            redis.close();
        }
    }

    @Test
    void aScriptRedisHasNotCachedIsSentOnceThenRunByDigest() {
        // a script no Redis has seen (without SCRIPT FLUSH, which would hit everyone on this Redis)
        LuaScript script = LuaScript.of("-- " + UUID.randomUUID() + "\nreturn redis.call('INCR', KEYS[1])");
        RedisScripts scripts = redis.freshScripts();
        String key = scripts.key("counter");
        assertThat(scripts.commands().scriptExists(script.sha1())).containsExactly(false);

        assertThat((Long) scripts.run(script, ScriptOutputType.INTEGER, new String[] {key})).isEqualTo(1L);

        assertThat(scripts.commands().scriptExists(script.sha1())).containsExactly(true);
        assertThat((Long) scripts.run(script, ScriptOutputType.INTEGER, new String[] {key})).isEqualTo(2L);
        assertThat(scripts.commands().digest(script.source())).isEqualTo(script.sha1());
        scripts.commands().del(key);
    }

    @Test
    void theConfiguredPrefixIsTheBeansAndAnotherCanBeTaken() {
        RedisScripts bean = redis.context().getBean(RedisScripts.class);

        assertThat(bean.keyPrefix()).isEqualTo(redis.prefix());
        assertThat(bean.key("x")).isEqualTo(redis.prefix() + "x");
        assertThat(bean.withKeyPrefix("other:").key("x")).isEqualTo("other:x");
    }

    @Test
    void theDefaultPrefixIsBastion() {
        try (var context = io.micronaut.context.ApplicationContext.run(java.util.Map.of("redis.uri", "redis://127.0.0.1:1/0"))) {
            assertThat(context.getBean(RedisScripts.class).keyPrefix()).isEqualTo("bastion:");
        }
    }
}
