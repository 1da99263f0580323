package dev.bastion.application.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.application.shared.events.EventTypes;
import dev.bastion.application.testing.InMemoryAccessCache;
import dev.bastion.domain.access.RoleChanged;
import dev.bastion.domain.access.RoleCreated;
import dev.bastion.domain.access.RoleId;
import dev.bastion.domain.shared.DomainEvent;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessCacheInvalidationTest {

    private final InMemoryAccessCache cache = new InMemoryAccessCache();
    private final AccessCacheInvalidation invalidation = new AccessCacheInvalidation(cache);

    @Test
    void every_event_type_is_classified_as_changing_access_or_not_and_never_both() {
        Set<Class<? extends DomainEvent>> classified = new HashSet<>(AccessCacheInvalidation.CHANGE_ACCESS);
        classified.addAll(AccessCacheInvalidation.LEAVE_ACCESS);
        assertThat(classified).as("a new event type must be classified here").isEqualTo(EventTypes.core());
        assertThat(AccessCacheInvalidation.CHANGE_ACCESS).doesNotContainAnyElementsOf(AccessCacheInvalidation.LEAVE_ACCESS);
    }

    @Test
    void an_event_that_changes_access_drops_the_cache_and_one_that_does_not_keeps_it() {
        int before = cache.invalidations();
        invalidation.on(new RoleCreated(RoleId.newId()));
        assertThat(cache.invalidations()).isEqualTo(before);
        invalidation.on(new RoleChanged(RoleId.newId()));
        assertThat(cache.invalidations()).isEqualTo(before + 1);
    }
}
