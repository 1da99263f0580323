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
import dev.bastion.domain.identity.UserId;
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
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Keeps this instance's {@link AccessCache} true: an event that changes what someone may do or
 * see, or the profile {@code /auth/me} shows, drops cached access and profiles. A change to one user
 * (their roles, profile, department, status, password) drops that user's entries alone: nobody
 * else's access is computed from another user's row, so one edit does not make every signed-in
 * user's next request read the database again. A change to a role, a menu entry or a department may
 * concern anyone and drops them all: a new menu entry is seen at once by whoever holds {@code *},
 * and a new department falls into every department-and-below scope above it. A new role or user
 * changes nobody's access until a grant, which is an event of its own. Every event type is
 * classified one way (a test fails on one that is not).
 */
public final class AccessCacheInvalidation implements DomainEventListener {

    /** Events after which anyone's cached access or profile may be wrong. */
    public static final Set<Class<? extends DomainEvent>> CHANGE_EVERYONES_ACCESS = Set.of(
            RoleChanged.class, RoleDeleted.class, MenuCreated.class, MenuChanged.class, MenuDeleted.class,
            DepartmentCreated.class, DepartmentChanged.class, DepartmentMoved.class, DepartmentDeleted.class);

    /** Events after which one user's cached access or profile may be wrong, and whose user that is. */
    public static final Map<Class<? extends DomainEvent>, Function<DomainEvent, UserId>> CHANGE_ONE_USERS_ACCESS =
            Map.ofEntries(
                    about(UserRolesChanged.class, UserRolesChanged::user),
                    about(UserProfileChanged.class, UserProfileChanged::user),
                    about(UserMoved.class, UserMoved::user),
                    about(UserDisabled.class, UserDisabled::user),
                    about(UserEnabled.class, UserEnabled::user),
                    about(UserDeleted.class, UserDeleted::user),
                    about(PasswordChanged.class, PasswordChanged::user),
                    about(PasswordReset.class, PasswordReset::user));

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
        if (CHANGE_EVERYONES_ACCESS.contains(event.getClass())) {
            cache.invalidateAll();
            return;
        }
        Function<DomainEvent, UserId> user = CHANGE_ONE_USERS_ACCESS.get(event.getClass());
        if (user != null) {
            cache.invalidate(user.apply(event));
        }
    }

    private static <E extends DomainEvent> Map.Entry<Class<? extends DomainEvent>, Function<DomainEvent, UserId>> about(
            Class<E> type, Function<E, UserId> user) {
        return Map.entry(type, event -> user.apply(type.cast(event)));
    }
}
