package dev.bastion.application.shared.events;

import dev.bastion.domain.access.MenuChanged;
import dev.bastion.domain.access.MenuCreated;
import dev.bastion.domain.access.MenuDeleted;
import dev.bastion.domain.access.MenuId;
import dev.bastion.domain.access.RoleChanged;
import dev.bastion.domain.access.RoleCreated;
import dev.bastion.domain.access.RoleDeleted;
import dev.bastion.domain.access.RoleId;
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
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.shared.DomainEvent;
import dev.bastion.domain.system.config.ConfigParamChanged;
import dev.bastion.domain.system.config.ConfigParamCreated;
import dev.bastion.domain.system.config.ConfigParamDeleted;
import dev.bastion.domain.system.config.ConfigParamId;
import dev.bastion.domain.system.notice.NoticeChanged;
import dev.bastion.domain.system.notice.NoticeCreated;
import dev.bastion.domain.system.notice.NoticeDeleted;
import dev.bastion.domain.system.notice.NoticeId;
import dev.bastion.domain.system.notice.NoticePublished;
import dev.bastion.domain.system.notice.NoticeRevoked;
import dev.bastion.domain.system.dictionary.DictItemChanged;
import dev.bastion.domain.system.dictionary.DictItemCreated;
import dev.bastion.domain.system.dictionary.DictItemDeleted;
import dev.bastion.domain.system.dictionary.DictItemId;
import dev.bastion.domain.system.dictionary.DictTypeChanged;
import dev.bastion.domain.system.dictionary.DictTypeCreated;
import dev.bastion.domain.system.dictionary.DictTypeDeleted;
import dev.bastion.domain.system.dictionary.DictTypeId;
import dev.bastion.application.modules.ModuleEvent;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Every kind of {@link DomainEvent}, by the stable name the outbox and the stream carry: a closed
 * list, so a stored name is only ever matched against it (never turned into a class). A new event
 * type of the core is added here, or storing it fails at once ({@link #nameOf}); a business module
 * declares its own ({@code BastionModule.events()}), registered when the module is found at start
 * under {@code <module>.<SimpleName>}, so a module's names never collide with the core's or another's.
 */
public final class EventTypes {

    private static final Pattern MODULE_NAME = Pattern.compile("[a-z][a-z0-9]{0,29}");
    private static final Map<String, Type> BY_NAME = new ConcurrentHashMap<>();
    private static final Map<Class<? extends DomainEvent>, String> NAMES = new ConcurrentHashMap<>();
    /** The core's own types (the list below), without the modules' registered at start. */
    private static final Set<Class<? extends DomainEvent>> CORE;

    static {
        add(RoleCreated.class, id -> new RoleCreated(new RoleId(id)));
        add(RoleChanged.class, id -> new RoleChanged(new RoleId(id)));
        add(RoleDeleted.class, id -> new RoleDeleted(new RoleId(id)));
        add(MenuCreated.class, id -> new MenuCreated(new MenuId(id)));
        add(MenuChanged.class, id -> new MenuChanged(new MenuId(id)));
        add(MenuDeleted.class, id -> new MenuDeleted(new MenuId(id)));
        add(UserRolesChanged.class, id -> new UserRolesChanged(new UserId(id)));
        add(UserRegistered.class, id -> new UserRegistered(new UserId(id)));
        add(UserProfileChanged.class, id -> new UserProfileChanged(new UserId(id)));
        add(UserMoved.class, id -> new UserMoved(new UserId(id)));
        add(UserDisabled.class, id -> new UserDisabled(new UserId(id)));
        add(UserEnabled.class, id -> new UserEnabled(new UserId(id)));
        add(UserDeleted.class, id -> new UserDeleted(new UserId(id)));
        add(PasswordChanged.class, id -> new PasswordChanged(new UserId(id)));
        add(PasswordReset.class, id -> new PasswordReset(new UserId(id)));
        add(DepartmentCreated.class, id -> new DepartmentCreated(new DeptId(id)));
        add(DepartmentChanged.class, id -> new DepartmentChanged(new DeptId(id)));
        add(DepartmentMoved.class, id -> new DepartmentMoved(new DeptId(id)));
        add(DepartmentDeleted.class, id -> new DepartmentDeleted(new DeptId(id)));
        add(ConfigParamCreated.class, id -> new ConfigParamCreated(new ConfigParamId(id)));
        add(ConfigParamChanged.class, id -> new ConfigParamChanged(new ConfigParamId(id)));
        add(ConfigParamDeleted.class, id -> new ConfigParamDeleted(new ConfigParamId(id)));
        add(NoticeCreated.class, id -> new NoticeCreated(new NoticeId(id)));
        add(NoticeChanged.class, id -> new NoticeChanged(new NoticeId(id)));
        add(NoticeDeleted.class, id -> new NoticeDeleted(new NoticeId(id)));
        add(NoticePublished.class, id -> new NoticePublished(new NoticeId(id)));
        add(NoticeRevoked.class, id -> new NoticeRevoked(new NoticeId(id)));
        add(DictTypeCreated.class, id -> new DictTypeCreated(new DictTypeId(id)));
        add(DictTypeChanged.class, id -> new DictTypeChanged(new DictTypeId(id)));
        add(DictTypeDeleted.class, id -> new DictTypeDeleted(new DictTypeId(id)));
        add(DictItemCreated.class, id -> new DictItemCreated(new DictItemId(id)));
        add(DictItemChanged.class, id -> new DictItemChanged(new DictItemId(id)));
        add(DictItemDeleted.class, id -> new DictItemDeleted(new DictItemId(id)));
        CORE = Set.copyOf(NAMES.keySet());
    }

    private EventTypes() {
    }

    private record Type(Class<? extends DomainEvent> type, Function<UUID, DomainEvent> rebuild) {
    }

    private static <E extends DomainEvent> void add(Class<E> type, Function<UUID, E> rebuild) {
        add(type.getSimpleName(), type, rebuild);
    }

    private static synchronized <E extends DomainEvent> void add(String name, Class<E> type,
                                                                 Function<UUID, E> rebuild) {
        Type known = BY_NAME.get(name);
        if (known != null) {
            if (known.type() == type) {
                return; // the same module found again (a second application context in one JVM)
            }
            throw new IllegalStateException("two event types named " + name + ": " + known.type().getName()
                    + " and " + type.getName());
        }
        String other = NAMES.get(type);
        if (other != null) {
            throw new IllegalStateException(type.getName() + " is already listed as " + other);
        }
        BY_NAME.put(name, new Type(type, rebuild::apply));
        NAMES.put(type, name);
    }

    /**
     * Lists a business module's event type as {@code <module>.<SimpleName>} (idempotent): from then on
     * it can be stored in the outbox and carried by the stream like the core's.
     */
    public static <E extends DomainEvent> void register(String module, ModuleEvent<E> event) {
        if (module == null || !MODULE_NAME.matcher(module).matches()) {
            throw new IllegalArgumentException("not a module name: " + module);
        }
        add(module + "." + event.type().getSimpleName(), event.type(), event.rebuild());
    }

    /** The stored name of {@code event}'s type; an event type not listed here is a programming error. */
    public static String nameOf(DomainEvent event) {
        String name = NAMES.get(event.getClass());
        if (name == null) {
            throw new IllegalArgumentException("event type not listed in EventTypes: " + event.getClass().getName());
        }
        return name;
    }

    /** The event named {@code name} about {@code subject}; empty for a name not listed (an instance newer than this one wrote it). */
    public static Optional<DomainEvent> rebuild(String name, UUID subject) {
        Type type = BY_NAME.get(name);
        return type == null ? Optional.empty() : Optional.of(type.rebuild().apply(subject));
    }

    /** The stored name of {@code type}, if it is listed. */
    static Optional<String> nameOfType(Class<? extends DomainEvent> type) {
        return Optional.ofNullable(NAMES.get(type));
    }

    /** The core's event types: what the core's own listeners must each classify. */
    public static Set<Class<? extends DomainEvent>> core() {
        return CORE;
    }

    /** Every listed event type, the business modules' registered so far included. */
    public static Set<Class<? extends DomainEvent>> all() {
        return Set.copyOf(NAMES.keySet());
    }
}
