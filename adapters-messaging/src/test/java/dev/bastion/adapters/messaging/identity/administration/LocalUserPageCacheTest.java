package dev.bastion.adapters.messaging.identity.administration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.adapters.messaging.shared.CacheBackend;
import dev.bastion.application.identity.administration.UserPageCache.Key;
import dev.bastion.application.identity.administration.UserView;
import dev.bastion.domain.identity.UserQuery;
import dev.bastion.domain.identity.UserSort;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.organization.RecordScope;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class LocalUserPageCacheTest {

    private static final UUID VIEWER = UUID.fromString("00000000-0000-7000-8000-000000000001");
    private static final DeptId SALES = new DeptId(UUID.fromString("00000000-0000-7000-8000-0000000000aa"));
    private static final Key EVERYONE = new Key(RecordScope.everything(VIEWER), UserQuery.any(), PageRequest.first(20),
            UserSort.USERNAME_ASC);
    private static final Key SALES_ONLY = new Key(new RecordScope(VIEWER, false, Set.of(SALES), false),
            UserQuery.any(), PageRequest.first(20), UserSort.USERNAME_ASC);
    private static final Page<UserView> EMPTY = Page.of(List.of(), 0, PageRequest.first(20));

    private final AtomicInteger loads = new AtomicInteger();

    private Function<Key, Page<UserView>> loading(Page<UserView> page) {
        return key -> {
            loads.incrementAndGet();
            return page;
        };
    }

    @Test
    void without_redis_it_caches_from_the_start_until_invalidated() {
        LocalUserPageCache cache = new LocalUserPageCache(new CacheBackend(null));

        for (int i = 0; i < 3; i++) {
            assertThat(cache.get(EVERYONE, loading(EMPTY))).isSameAs(EMPTY);
        }
        assertThat(loads).hasValue(1);

        cache.invalidateAll();
        cache.get(EVERYONE, loading(EMPTY));
        assertThat(loads).hasValue(2);
    }

    @Test
    void the_same_page_seen_through_another_scope_is_another_entry() {
        LocalUserPageCache cache = new LocalUserPageCache(new CacheBackend(null));

        cache.get(EVERYONE, loading(EMPTY));
        cache.get(SALES_ONLY, loading(EMPTY));
        cache.get(SALES_ONLY, loading(EMPTY));

        assertThat(loads).hasValue(2);
    }

    @Test
    void a_page_loaded_while_a_change_was_heard_answers_that_call_but_is_not_served_again() {
        LocalUserPageCache cache = new LocalUserPageCache(new CacheBackend(null));

        cache.get(EVERYONE, key -> {
            loads.incrementAndGet();
            cache.invalidateAll(); // a change committed and heard while the page was read
            return EMPTY;
        });
        cache.get(EVERYONE, loading(EMPTY));

        assertThat(loads).hasValue(2);
    }

    @Test
    void with_redis_it_caches_only_while_the_subscription_to_changes_is_up() {
        LocalUserPageCache cache = new LocalUserPageCache(new CacheBackend("redis://localhost:6379"));

        cache.get(EVERYONE, loading(EMPTY));
        cache.get(EVERYONE, loading(EMPTY));
        assertThat(loads).as("not subscribed yet").hasValue(2);

        cache.startCaching();
        cache.get(EVERYONE, loading(EMPTY));
        cache.get(EVERYONE, loading(EMPTY));
        assertThat(loads).hasValue(3);

        cache.stopCaching();
        cache.get(EVERYONE, loading(EMPTY));
        assertThat(loads).hasValue(4);
    }

    @Test
    void the_cache_monitor_sees_its_figures_and_keys_without_the_scopes_departments() {
        LocalUserPageCache cache = new LocalUserPageCache(new CacheBackend(null));
        cache.get(SALES_ONLY, loading(EMPTY));
        cache.get(SALES_ONLY, loading(EMPTY));

        assertThat(cache.name()).isEqualTo("user-pages");
        assertThat(cache.channel()).isEqualTo("cache-cleared:user-pages");
        assertThat(cache.entries()).isEqualTo(1);
        assertThat(cache.hits()).isEqualTo(1);
        assertThat(cache.misses()).isEqualTo(1);
        assertThat(cache.keys()).singleElement().asString()
                .startsWith("viewer=" + VIEWER + " query=")
                .contains("page=1 size=20 sort=USERNAME_ASC")
                .doesNotContain(SALES.value().toString());
    }
}
