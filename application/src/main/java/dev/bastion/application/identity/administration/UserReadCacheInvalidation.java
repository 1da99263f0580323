package dev.bastion.application.identity.administration;

import dev.bastion.application.shared.events.DomainEventListener;
import dev.bastion.domain.access.MenuChanged;
import dev.bastion.domain.access.MenuCreated;
import dev.bastion.domain.access.MenuDeleted;
import dev.bastion.domain.access.RoleChanged;
import dev.bastion.domain.access.RoleCreated;
import dev.bastion.domain.access.RoleDeleted;
import dev.bastion.domain.access.UserRolesChanged;
import dev.bastion.domain.identity.PasswordChanged;
import dev.bastion.domain.identity.PasswordReset;
import dev.bastion.domain.identity.UserDeleted;
import dev.bastion.domain.identity.UserDisabled;
import dev.bastion.domain.identity.UserEnabled;
import dev.bastion.domain.identity.UserMoved;
import dev.bastion.domain.identity.UserProfileChanged;
import dev.bastion.domain.identity.UserRegistered;
import dev.bastion.domain.organization.DepartmentChanged;
import dev.bastion.domain.organization.DepartmentCreated;
import dev.bastion.domain.organization.DepartmentDeleted;
import dev.bastion.domain.organization.DepartmentMoved;
import dev.bastion.domain.shared.DomainEvent;
import dev.bastion.domain.system.config.ConfigParamChanged;
import dev.bastion.domain.system.config.ConfigParamCreated;
import dev.bastion.domain.system.config.ConfigParamDeleted;
import dev.bastion.domain.system.dictionary.DictItemChanged;
import dev.bastion.domain.system.dictionary.DictItemCreated;
import dev.bastion.domain.system.dictionary.DictItemDeleted;
import dev.bastion.domain.system.dictionary.DictTypeChanged;
import dev.bastion.domain.system.dictionary.DictTypeCreated;
import dev.bastion.domain.system.dictionary.DictTypeDeleted;
import dev.bastion.domain.system.notice.NoticeChanged;
import dev.bastion.domain.system.notice.NoticeCreated;
import dev.bastion.domain.system.notice.NoticeDeleted;
import dev.bastion.domain.system.notice.NoticePublished;
import dev.bastion.domain.system.notice.NoticeRevoked;
import java.util.Objects;
import java.util.Set;

/**
 * Keeps this instance's {@link UserReadCache} true: an event that may change any cached read drops
 * all of it. Any change to a user changes its own read, the page it is on, and perhaps every page
 * after it (a new or deleted user shifts them, and the total) and a page of another filter it now
 * matches; a department moved, added or removed changes who falls under a department filter or a
 * data scope; a deleted role leaves the role lists it was in; a changed role may change its holders'
 * data scope. User changes are rare beside reads, so dropping everything is simpler than finding the
 * reads a change touched, and never wrong. Every event type of the core is classified one way (a
 * test fails on one that is not); business modules' events concern none of this.
 */
public final class UserReadCacheInvalidation implements DomainEventListener {

    /** Events after which a cached page or user may be wrong. */
    public static final Set<Class<? extends DomainEvent>> CHANGE_USER_READS = Set.of(
            UserRegistered.class, UserProfileChanged.class, UserMoved.class, UserDisabled.class,
            UserEnabled.class, UserDeleted.class, PasswordChanged.class, PasswordReset.class,
            UserRolesChanged.class, RoleChanged.class, RoleDeleted.class,
            DepartmentCreated.class, DepartmentChanged.class, DepartmentMoved.class, DepartmentDeleted.class);

    /** Events after which no cached page or user can be wrong. */
    public static final Set<Class<? extends DomainEvent>> LEAVE_USER_READS = Set.of(
            // nobody holds a new role until a grant, which is an event of its own
            RoleCreated.class,
            MenuCreated.class, MenuChanged.class, MenuDeleted.class,
            ConfigParamCreated.class, ConfigParamChanged.class, ConfigParamDeleted.class,
            NoticeCreated.class, NoticeChanged.class, NoticeDeleted.class, NoticePublished.class,
            NoticeRevoked.class,
            DictTypeCreated.class, DictTypeChanged.class, DictTypeDeleted.class,
            DictItemCreated.class, DictItemChanged.class, DictItemDeleted.class);

    private final UserReadCache cache;

    public UserReadCacheInvalidation(UserReadCache cache) {
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    @Override
    public void on(DomainEvent event) {
        if (CHANGE_USER_READS.contains(event.getClass())) {
            cache.invalidateAll();
        }
    }
}
