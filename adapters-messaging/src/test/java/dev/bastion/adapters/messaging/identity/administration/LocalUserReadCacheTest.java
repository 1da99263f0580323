package dev.bastion.adapters.messaging.identity.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.adapters.messaging.shared.CacheBackend;
import dev.bastion.application.identity.administration.UserReadCache.PageKey;
import dev.bastion.application.identity.administration.UserReadCache.UserKey;
import dev.bastion.application.identity.administration.UserView;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.UserQuery;
import dev.bastion.domain.identity.UserSort;
import dev.bastion.domain.identity.UserStatus;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.organization.RecordScope;
import dev.bastion.domain.shared.NotFoundException;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class LocalUserReadCacheTest {

    private static final UUID VIEWER = UUID.fromString("00000000-0000-7000-8000-000000000001");
    private static final DeptId SALES = new DeptId(UUID.fromString("00000000-0000-7000-8000-0000000000aa"));
    private static final PageKey EVERYONE = new PageKey(RecordScope.everything(VIEWER), UserQuery.any(), PageRequest.first(20),
            UserSort.USERNAME_ASC);
    private static final PageKey SALES_ONLY = new PageKey(new RecordScope(VIEWER, false, Set.of(SALES), false),
            UserQuery.any(), PageRequest.first(20), UserSort.USERNAME_ASC);
    private static final Page<UserView> EMPTY = Page.of(List.of(), 0, PageRequest.first(20));
    private static final UserView JANE = new UserView(UserId.newId(), "jane", "jane", null, null, DeptId.ROOT,
            List.of(), UserStatus.ENABLED, false, 0, Instant.EPOCH, Instant.EPOCH);

    private final AtomicInteger loads = new AtomicInteger();

    private Function<PageKey, Page<UserView>> loading(Page<UserView> page) {
        return key -> {
            loads.incrementAndGet();
            return page;
        };
    }

    @Test
    void without_redis_it_caches_from_the_start_until_invalidated() {
        LocalUserReadCache cache = new LocalUserReadCache(new CacheBackend(null));

        for (int i = 0; i < 3; i++) {
            assertThat(cache.page(EVERYONE, loading(EMPTY))).isSameAs(EMPTY);
        }
        assertThat(loads).hasValue(1);

        cache.invalidateAll();
        cache.page(EVERYONE, loading(EMPTY));
        assertThat(loads).hasValue(2);
    }

    @Test
    void the_same_page_seen_through_another_scope_is_another_entry() {
        LocalUserReadCache cache = new LocalUserReadCache(new CacheBackend(null));

        cache.page(EVERYONE, loading(EMPTY));
        cache.page(SALES_ONLY, loading(EMPTY));
        cache.page(SALES_ONLY, loading(EMPTY));

        assertThat(loads).hasValue(2);
    }

    @Test
    void a_page_loaded_while_a_change_was_heard_answers_that_call_but_is_not_served_again() {
        LocalUserReadCache cache = new LocalUserReadCache(new CacheBackend(null));

        cache.page(EVERYONE, key -> {
            loads.incrementAndGet();
            cache.invalidateAll(); // a change committed and heard while the page was read
            return EMPTY;
        });
        cache.page(EVERYONE, loading(EMPTY));

        assertThat(loads).hasValue(2);
    }

    @Test
    void with_redis_it_caches_only_while_the_subscription_to_changes_is_up() {
        LocalUserReadCache cache = new LocalUserReadCache(new CacheBackend("redis://localhost:6379"));

        cache.page(EVERYONE, loading(EMPTY));
        cache.page(EVERYONE, loading(EMPTY));
        assertThat(loads).as("not subscribed yet").hasValue(2);

        cache.startCaching();
        cache.page(EVERYONE, loading(EMPTY));
        cache.page(EVERYONE, loading(EMPTY));
        assertThat(loads).hasValue(3);

        cache.stopCaching();
        cache.page(EVERYONE, loading(EMPTY));
        assertThat(loads).hasValue(4);
    }

    @Test
    void a_user_read_by_id_is_cached_per_scope_and_dropped_with_the_pages() {
        LocalUserReadCache cache = new LocalUserReadCache(new CacheBackend(null));
        UserKey janeForEveryone = new UserKey(EVERYONE.scope(), JANE.id());
        UserKey janeForSales = new UserKey(SALES_ONLY.scope(), JANE.id());
        Function<UserKey, UserView> load = key -> {
            loads.incrementAndGet();
            return JANE;
        };

        assertThat(cache.user(janeForEveryone, load)).isSameAs(JANE);
        cache.user(janeForEveryone, load);
        cache.user(janeForSales, load);
        assertThat(loads).hasValue(2);

        cache.invalidateAll();
        cache.user(janeForEveryone, load);
        assertThat(loads).hasValue(3);
    }

    @Test
    void pages_are_bounded_by_the_users_on_them_not_by_their_count() {
        LocalUserReadCache cache = new LocalUserReadCache(new CacheBackend(null));
        Page<UserView> full = Page.of(Collections.nCopies(PageRequest.MAX_SIZE, JANE), 1_000,
                PageRequest.first(PageRequest.MAX_SIZE));

        for (int page = 1; page <= 250; page++) {
            cache.page(new PageKey(EVERYONE.scope(), UserQuery.any(), new PageRequest(page, PageRequest.MAX_SIZE),
                    UserSort.USERNAME_ASC), key -> full);
        }

        assertThat(cache.entries()).as("pages of 100 users held")
                .isPositive().isLessThanOrEqualTo(LocalUserReadCache.MAXIMUM_LISTED_USERS / PageRequest.MAX_SIZE);
    }

    @Test
    void a_user_not_found_is_not_cached() {
        LocalUserReadCache cache = new LocalUserReadCache(new CacheBackend(null));
        UserKey nobody = new UserKey(EVERYONE.scope(), UserId.newId());
        Function<UserKey, UserView> notFound = key -> {
            loads.incrementAndGet();
            throw new NotFoundException("user " + key.id());
        };

        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> cache.user(nobody, notFound)).isInstanceOf(NotFoundException.class);
        }
        assertThat(loads).hasValue(2);
    }

    @Test
    void the_cache_monitor_sees_both_reads_figures_and_keys_without_the_scopes_departments() {
        LocalUserReadCache cache = new LocalUserReadCache(new CacheBackend(null));
        cache.page(SALES_ONLY, loading(EMPTY));
        cache.page(SALES_ONLY, loading(EMPTY));
        cache.user(new UserKey(SALES_ONLY.scope(), JANE.id()), key -> JANE);

        assertThat(cache.name()).isEqualTo("users");
        assertThat(cache.channel()).isEqualTo("cache-cleared:users");
        assertThat(cache.entries()).isEqualTo(2);
        assertThat(cache.hits()).isEqualTo(1);
        assertThat(cache.misses()).isEqualTo(2);
        assertThat(cache.keys()).containsExactlyInAnyOrder(
                "page:viewer=" + VIEWER + " query=" + UserQuery.any() + " page=1 size=20 sort=USERNAME_ASC",
                "user:viewer=" + VIEWER + " id=" + JANE.id());
        assertThat(cache.keys()).noneMatch(key -> key.contains(SALES.value().toString()));
    }
}
