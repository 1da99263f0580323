package dev.bastion.adapters.messaging.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A change to one key ({@link ChangeAwareCache#invalidate(Object)}): that key loads again, a load of it
 * running meanwhile is never served again, and keys of other stripes stay. (Integer keys: a small
 * integer's stripe is itself.)
 */
class ChangeAwareCacheInvalidateTest {

    private final ChangeAwareCache<Integer, String> cache = ChangeAwareCache.untilChanged(100, true);
    private final AtomicInteger loads = new AtomicInteger();

    private Function<Integer, String> loading(String value) {
        return key -> {
            loads.incrementAndGet();
            return value;
        };
    }

    @Test
    void theChangedKeyLoadsAgainAndAKeyOfAnotherStripeStays() {
        assertThat(ChangeAwareCache.stripe(1)).isNotEqualTo(ChangeAwareCache.stripe(2));
        cache.get(1, loading("one"));
        cache.get(2, loading("two"));

        cache.invalidate(1);

        assertThat(cache.keys()).containsExactly(2);
        assertThat(cache.get(1, loading("one, changed"))).isEqualTo("one, changed");
        assertThat(cache.get(2, loading("two, changed"))).isEqualTo("two");
        assertThat(loads).hasValue(3);
    }

    @Test
    void aKeySharingTheStripeLoadsAgainTooButNeverServesAStaleValue() {
        int sameStripe = 1 + ChangeAwareCache.STRIPES;
        assertThat(ChangeAwareCache.stripe(sameStripe)).isEqualTo(ChangeAwareCache.stripe(1));
        cache.get(sameStripe, loading("neighbour"));

        cache.invalidate(1);

        assertThat(cache.get(sameStripe, loading("neighbour, read again"))).isEqualTo("neighbour, read again");
    }

    @Test
    void aValueLoadedWhileItsKeyChangedAnswersItsCallButIsNotServedAgain() {
        String readBeforeTheChange = cache.get(1, key -> {
            cache.invalidate(1); // the change commits and is heard while this load reads
            return "before the change";
        });

        assertThat(readBeforeTheChange).isEqualTo("before the change");
        assertThat(cache.get(1, loading("after the change"))).isEqualTo("after the change");
        assertThat(cache.hits()).isZero();
    }

    @Test
    void aValueLoadedWhileAnotherStripesKeyChangedIsServedAgain() {
        cache.get(2, key -> {
            cache.invalidate(1);
            return "two";
        });

        assertThat(cache.get(2, loading("two, loaded again"))).isEqualTo("two");
        assertThat(loads).hasValue(0);
    }

    @Test
    void ofTwoRacingLoadsTheOneStartedAfterTheChangeStays() {
        String stale = cache.get(1, key -> {
            cache.invalidate(1);
            // a second request loads after the change and stores first; then the first one stores
            assertThat(cache.get(1, loading("after the change"))).isEqualTo("after the change");
            return "before the change";
        });

        assertThat(stale).isEqualTo("before the change");
        assertThat(cache.get(1, loading("loaded once more"))).isEqualTo("after the change");
    }

    @Test
    void invalidateAllStillDropsEveryKey() {
        cache.get(1, loading("one"));
        cache.get(2, loading("two"));

        cache.invalidateAll();

        assertThat(cache.keys()).isEmpty();
    }
}
