package dev.bastion.adapters.messaging.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.bastion.adapters.messaging.shared.ChangeAwareCache;
import dev.bastion.application.access.MenuView;
import dev.bastion.application.shared.TreeNode;
import dev.bastion.domain.access.PermissionCode;
import dev.bastion.domain.access.PermissionSet;
import dev.bastion.domain.access.UserAccess;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.organization.RecordScope;
import org.junit.jupiter.api.Test;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

class LocalAccessCacheTest {

    private static final Duration TTL = Duration.ofSeconds(60);
    private static final UserId SOMEONE = UserId.newId();
    private static final UserAccess READER = new UserAccess(List.of("reader"),
            PermissionSet.of(List.of(new PermissionCode("system:user:list"))), RecordScope.everything(SOMEONE.value()));
    private static final UserAccess NOBODY = UserAccess.none(SOMEONE);

    private final AtomicLong nanos = new AtomicLong();
    private final Ticker ticker = nanos::get;
    private final LocalAccessCache cache = new LocalAccessCache(TTL, ticker, true);
    private final UserId jane = UserId.newId();
    private final AtomicInteger loads = new AtomicInteger();

    private Function<UserId, UserAccess> loading(UserAccess access) {
        return user -> {
            loads.incrementAndGet();
            return access;
        };
    }

    @Test
    void repeated_reads_are_served_without_loading() {
        for (int i = 0; i < 5; i++) {
            assertThat(cache.get(jane, loading(READER))).isEqualTo(READER);
        }

        assertThat(loads).hasValue(1);
    }

    @Test
    void users_are_cached_apart() {
        cache.get(jane, loading(READER));

        assertThat(cache.get(UserId.newId(), loading(NOBODY))).isEqualTo(NOBODY);
        assertThat(loads).hasValue(2);
    }

    @Test
    void after_invalidation_every_user_is_loaded_again() {
        cache.get(jane, loading(READER));

        cache.invalidateAll();

        assertThat(cache.get(jane, loading(NOBODY))).isEqualTo(NOBODY);
        assertThat(loads).hasValue(2);
    }

    @Test
    void a_change_to_one_user_drops_their_access_profile_and_menus_and_keeps_the_others() {
        UserId joe = UserId.newId();
        while (ChangeAwareCache.stripe(joe) == ChangeAwareCache.stripe(jane)) {
            joe = UserId.newId();
        }
        List<TreeNode<MenuView>> none = List.of();
        cache.get(jane, loading(READER));
        cache.menus(jane, user -> none);
        cache.get(joe, loading(READER));
        cache.menus(joe, user -> none);

        cache.invalidate(jane);

        assertThat(cache.keys()).containsExactlyInAnyOrder(joe.toString(), "menus:" + joe);
        assertThat(cache.get(jane, loading(NOBODY))).isEqualTo(NOBODY);
        assertThat(cache.get(joe, loading(NOBODY))).isEqualTo(READER);
        assertThat(loads).hasValue(3);
    }

    @Test
    void own_menus_are_kept_per_user_and_dropped_with_the_access() {
        List<TreeNode<MenuView>> none = List.of();
        AtomicInteger menuLoads = new AtomicInteger();
        Function<UserId, List<TreeNode<MenuView>>> loadMenus = user -> {
            menuLoads.incrementAndGet();
            return none;
        };
        cache.menus(jane, loadMenus);
        cache.menus(jane, loadMenus);
        assertThat(menuLoads).as("the second read is a hit").hasValue(1);
        assertThat(cache.keys()).contains("menus:" + jane);

        cache.invalidateAll();
        cache.menus(jane, loadMenus);

        assertThat(menuLoads).hasValue(2);
    }

    @Test
    void a_value_loaded_while_an_invalidation_ran_answers_its_own_call_but_is_not_served_again() {
        UserAccess readBeforeTheChange = cache.get(jane, user -> {
            cache.invalidateAll(); // the change commits and is announced while this load reads
            return READER;
        });

        assertThat(readBeforeTheChange).isEqualTo(READER);
        assertThat(cache.get(jane, loading(NOBODY))).isEqualTo(NOBODY);
    }

    @Test
    void entries_leave_after_the_time_to_live() {
        cache.get(jane, loading(READER));
        nanos.addAndGet(TTL.minusMillis(1).toNanos());
        cache.get(jane, loading(READER));
        assertThat(loads).as("still fresh just before the TTL").hasValue(1);

        nanos.addAndGet(Duration.ofMillis(1).toNanos());
        cache.get(jane, loading(READER));

        assertThat(loads).hasValue(2);
    }

    @Test
    void a_time_to_live_of_zero_turns_caching_off() {
        LocalAccessCache uncached = new LocalAccessCache(Duration.ZERO, ticker, true);

        uncached.get(jane, loading(READER));
        uncached.get(jane, loading(READER));

        assertThat(loads).hasValue(2);
    }

    @Test
    void a_negative_time_to_live_is_refused() {
        assertThatThrownBy(() -> new LocalAccessCache(Duration.ofSeconds(-1), ticker, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("BASTION_ACCESS_CACHE_TTL");
    }

    @Test
    void the_number_of_users_kept_is_bounded() {
        for (int i = 0; i < LocalAccessCache.MAXIMUM_USERS + 500; i++) {
            cache.get(UserId.newId(), loading(NOBODY));
        }

        assertThat(cache.size()).isLessThanOrEqualTo(LocalAccessCache.MAXIMUM_USERS);
    }

    @Test
    void while_caching_is_stopped_every_read_loads_and_nothing_is_kept() {
        cache.get(jane, loading(READER));

        cache.stopCaching();
        cache.get(jane, loading(READER));
        cache.get(jane, loading(READER));
        assertThat(loads).hasValue(3);

        cache.startCaching();
        cache.get(jane, loading(READER));
        cache.get(jane, loading(READER));
        assertThat(loads).hasValue(4);
    }

    @Test
    void a_value_loaded_just_before_caching_stopped_is_not_served_after_it_starts_again() {
        UserAccess loadedAcrossTheGap = cache.get(jane, user -> {
            cache.stopCaching(); // the subscription drops while this load reads
            return READER;
        });
        cache.startCaching();

        assertThat(loadedAcrossTheGap).isEqualTo(READER);
        assertThat(cache.get(jane, loading(NOBODY))).isEqualTo(NOBODY);
    }

    @Test
    void a_cache_that_must_wait_for_its_subscription_caches_nothing_until_started() {
        LocalAccessCache waiting = new LocalAccessCache(TTL, ticker, false);

        waiting.get(jane, loading(READER));
        waiting.get(jane, loading(READER));
        assertThat(loads).hasValue(2);

        waiting.startCaching();
        waiting.get(jane, loading(READER));
        waiting.get(jane, loading(READER));
        assertThat(loads).hasValue(3);
    }
}
