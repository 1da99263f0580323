package dev.bastion.application.identity.administration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.application.shared.events.EventTypes;
import dev.bastion.application.testing.InMemoryUserPageCache;
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

class UserPageCacheInvalidationTest {

    private static final UserPageCache.Key FIRST_PAGE = new UserPageCache.Key(
            RecordScope.everything(UUID.randomUUID()), UserQuery.any(), PageRequest.first(20), UserSort.USERNAME_ASC);

    private final InMemoryUserPageCache cache = new InMemoryUserPageCache();
    private final UserPageCacheInvalidation invalidation = new UserPageCacheInvalidation(cache);

    private void list() {
        cache.get(FIRST_PAGE, key -> Page.of(List.of(), 0, key.page()));
    }

    @Test
    void every_event_type_is_classified_exactly_once() {
        List<Class<? extends DomainEvent>> classified = new ArrayList<>(UserPageCacheInvalidation.CHANGE_LISTED_USERS);
        classified.addAll(UserPageCacheInvalidation.LEAVE_LISTED_USERS);

        assertThat(new HashSet<>(classified)).as("a new event type must be classified here").isEqualTo(EventTypes.core());
        assertThat(classified).as("no type in two classes").doesNotHaveDuplicates();
    }

    @Test
    void an_event_that_may_change_a_listed_page_drops_every_page() {
        for (Class<? extends DomainEvent> type : UserPageCacheInvalidation.CHANGE_LISTED_USERS) {
            list();
            int loads = cache.loads();

            invalidation.on(rebuilt(type));

            list();
            assertThat(cache.loads()).as(type.getSimpleName()).isEqualTo(loads + 1);
        }
    }

    @Test
    void an_event_that_changes_no_listed_user_keeps_the_pages() {
        list();
        for (Class<? extends DomainEvent> type : Set.copyOf(UserPageCacheInvalidation.LEAVE_LISTED_USERS)) {
            invalidation.on(rebuilt(type));
            list();
        }
        assertThat(cache.loads()).isEqualTo(1);
    }

    private static DomainEvent rebuilt(Class<? extends DomainEvent> type) {
        return EventTypes.rebuild(type.getSimpleName(), UUID.randomUUID()).orElseThrow();
    }
}
