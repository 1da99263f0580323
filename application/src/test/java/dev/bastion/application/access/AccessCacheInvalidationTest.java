package dev.bastion.application.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.application.shared.events.EventTypes;
import dev.bastion.application.testing.InMemoryAccessCache;
import dev.bastion.domain.access.PermissionSet;
import dev.bastion.domain.access.RoleChanged;
import dev.bastion.domain.access.RoleCreated;
import dev.bastion.domain.access.RoleId;
import dev.bastion.domain.access.UserAccess;
import dev.bastion.domain.access.UserRolesChanged;
import dev.bastion.domain.identity.PasswordReset;
import dev.bastion.domain.identity.UserDisabled;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.UserMoved;
import dev.bastion.domain.identity.UserProfileChanged;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.organization.DepartmentCreated;
import dev.bastion.domain.organization.RecordScope;
import dev.bastion.domain.shared.DomainEvent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessCacheInvalidationTest {

    private final InMemoryAccessCache cache = new InMemoryAccessCache();
    private final AccessCacheInvalidation invalidation = new AccessCacheInvalidation(cache);
    private final UserId jane = UserId.newId();
    private final UserId joe = UserId.newId();

    @Test
    void every_event_type_is_classified_exactly_once() {
        List<Class<? extends DomainEvent>> classified = new ArrayList<>(AccessCacheInvalidation.CHANGE_EVERYONES_ACCESS);
        classified.addAll(AccessCacheInvalidation.CHANGE_ONE_USERS_ACCESS.keySet());
        classified.addAll(AccessCacheInvalidation.LEAVE_ACCESS);

        assertThat(new HashSet<>(classified)).as("a new event type must be classified here").isEqualTo(EventTypes.core());
        assertThat(classified).as("no type in two classes").doesNotHaveDuplicates();
    }

    @Test
    void an_event_that_may_change_anyones_access_drops_the_cache_and_one_that_changes_nobodys_keeps_it() {
        int before = cache.invalidations();
        invalidation.on(new RoleCreated(RoleId.newId()));
        assertThat(cache.invalidations()).isEqualTo(before);
        invalidation.on(new RoleChanged(RoleId.newId()));
        assertThat(cache.invalidations()).isEqualTo(before + 1);
        invalidation.on(new DepartmentCreated(DeptId.newId()));
        assertThat(cache.invalidations()).isEqualTo(before + 2);
    }

    @Test
    void a_change_to_one_user_drops_that_users_entries_and_keeps_everyone_elses() {
        for (DomainEvent change : List.of(new UserProfileChanged(jane), new UserRolesChanged(jane), new UserMoved(jane),
                new UserDisabled(jane), new PasswordReset(jane))) {
            cache.get(jane, user -> access(user));
            cache.get(joe, user -> access(user));
            int loads = cache.loads();

            invalidation.on(change);

            cache.get(jane, user -> access(user));
            cache.get(joe, user -> access(user));
            assertThat(cache.loads()).as(change + ": jane loads again, joe does not").isEqualTo(loads + 1);
        }
        assertThat(cache.invalidationsOf(jane)).isEqualTo(5);
        assertThat(cache.invalidationsOf(joe)).isZero();
        assertThat(cache.invalidations()).as("never the whole cache").isZero();
    }

    @Test
    void each_one_user_event_names_the_user_it_is_about() {
        Set<Class<? extends DomainEvent>> types = AccessCacheInvalidation.CHANGE_ONE_USERS_ACCESS.keySet();
        for (Class<? extends DomainEvent> type : types) {
            DomainEvent event = EventTypes.rebuild(type.getSimpleName(), jane.value()).orElseThrow();
            assertThat(AccessCacheInvalidation.CHANGE_ONE_USERS_ACCESS.get(type).apply(event)).as(type.getSimpleName())
                    .isEqualTo(jane);
        }
    }

    private static UserAccess access(UserId user) {
        return new UserAccess(List.of("reader"), PermissionSet.of(List.of()), RecordScope.everything(user.value()));
    }
}
