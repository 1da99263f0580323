package dev.bastion.application.identity.administration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.application.shared.events.EventTypes;
import dev.bastion.application.testing.InMemoryUserReadCache;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.UserStatus;
import dev.bastion.domain.organization.DeptId;
import java.time.Instant;
import dev.bastion.domain.identity.UserQuery;
import dev.bastion.domain.identity.UserSort;
import dev.bastion.domain.organization.RecordScope;
import dev.bastion.domain.shared.DomainEvent;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UserReadCacheInvalidationTest {

    private static final RecordScope EVERYTHING = RecordScope.everything(UUID.randomUUID());
    private static final UserReadCache.PageKey FIRST_PAGE = new UserReadCache.PageKey(EVERYTHING, UserQuery.any(),
            PageRequest.first(20), UserSort.USERNAME_ASC);
    private static final UserView JANE = new UserView(UserId.newId(), "jane", "jane", null, null, DeptId.ROOT,
            List.of(), UserStatus.ENABLED, false, 0, Instant.EPOCH, Instant.EPOCH);

    private final InMemoryUserReadCache cache = new InMemoryUserReadCache();
    private final UserReadCacheInvalidation invalidation = new UserReadCacheInvalidation(cache);

    /** A page and a user read through the cache: two loads when neither is cached. */
    private void read() {
        cache.page(FIRST_PAGE, key -> Page.of(List.of(JANE), 1, key.page()));
        cache.user(new UserReadCache.UserKey(EVERYTHING, JANE.id()), key -> JANE);
    }

    @Test
    void every_event_type_is_classified_exactly_once() {
        List<Class<? extends DomainEvent>> classified = new ArrayList<>(UserReadCacheInvalidation.CHANGE_USER_READS);
        classified.addAll(UserReadCacheInvalidation.LEAVE_USER_READS);

        assertThat(new HashSet<>(classified)).as("a new event type must be classified here").isEqualTo(EventTypes.core());
        assertThat(classified).as("no type in two classes").doesNotHaveDuplicates();
    }

    @Test
    void an_event_that_may_change_a_read_drops_every_page_and_user() {
        for (Class<? extends DomainEvent> type : UserReadCacheInvalidation.CHANGE_USER_READS) {
            read();
            int loads = cache.loads();

            invalidation.on(rebuilt(type));

            read();
            assertThat(cache.loads()).as(type.getSimpleName()).isEqualTo(loads + 2);
        }
    }

    @Test
    void an_event_that_changes_no_read_keeps_them() {
        read();
        for (Class<? extends DomainEvent> type : Set.copyOf(UserReadCacheInvalidation.LEAVE_USER_READS)) {
            invalidation.on(rebuilt(type));
            read();
        }
        assertThat(cache.loads()).isEqualTo(2);
    }

    private static DomainEvent rebuilt(Class<? extends DomainEvent> type) {
        return EventTypes.rebuild(type.getSimpleName(), UUID.randomUUID()).orElseThrow();
    }
}
