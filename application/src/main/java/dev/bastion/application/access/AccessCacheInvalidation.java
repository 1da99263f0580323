package dev.bastion.application.access;

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
import dev.bastion.domain.system.notice.NoticeChanged;
import dev.bastion.domain.system.notice.NoticeCreated;
import dev.bastion.domain.system.notice.NoticeDeleted;
import dev.bastion.domain.system.notice.NoticePublished;
import dev.bastion.domain.system.notice.NoticeRevoked;
import dev.bastion.domain.system.dictionary.DictItemChanged;
import dev.bastion.domain.system.dictionary.DictItemCreated;
import dev.bastion.domain.system.dictionary.DictItemDeleted;
import dev.bastion.domain.system.dictionary.DictTypeChanged;
import dev.bastion.domain.system.dictionary.DictTypeCreated;
import dev.bastion.domain.system.dictionary.DictTypeDeleted;
import java.util.Objects;
import java.util.Set;

/**
 * Keeps this instance's {@link AccessCache} true: an event that changes what someone may do or
 * see, or the profile {@code /auth/me} shows, drops the cached access and profiles. A new menu
 * entry is seen at once by whoever holds {@code *}, and a new department falls into every
 * department-and-below scope above it; a new role or user changes nobody's access until a grant,
 * which is an event of its own. Every event type is classified one way or the other (a test fails
 * on one that is not).
 */
public final class AccessCacheInvalidation implements DomainEventListener {

    /** Events after which cached access or profiles may be wrong. */
    public static final Set<Class<? extends DomainEvent>> CHANGE_ACCESS = Set.of(
            RoleChanged.class, RoleDeleted.class, MenuCreated.class, MenuChanged.class, MenuDeleted.class,
            UserRolesChanged.class,
            UserProfileChanged.class, UserMoved.class, UserDisabled.class, UserEnabled.class, UserDeleted.class,
            PasswordChanged.class, PasswordReset.class,
            DepartmentCreated.class, DepartmentChanged.class, DepartmentMoved.class, DepartmentDeleted.class);

    /** Events after which no cached access or profile can be wrong. */
    public static final Set<Class<? extends DomainEvent>> LEAVE_ACCESS = Set.of(RoleCreated.class,
            UserRegistered.class,
            // configuration parameters grant nothing (the sign-in policies follow them on their own)
            ConfigParamCreated.class, ConfigParamChanged.class, ConfigParamDeleted.class,
            NoticeCreated.class, NoticeChanged.class, NoticeDeleted.class, NoticePublished.class,
            NoticeRevoked.class,
            // dictionaries grant nothing
            DictTypeCreated.class, DictTypeChanged.class, DictTypeDeleted.class,
            DictItemCreated.class, DictItemChanged.class, DictItemDeleted.class);

    private final AccessCache cache;

    public AccessCacheInvalidation(AccessCache cache) {
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    @Override
    public void on(DomainEvent event) {
        if (CHANGE_ACCESS.contains(event.getClass())) {
            cache.invalidateAll();
        }
    }
}
