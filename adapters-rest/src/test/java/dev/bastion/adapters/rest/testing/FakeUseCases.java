package dev.bastion.adapters.rest.testing;

import dev.bastion.application.access.GetUserAccess;
import dev.bastion.application.audit.ExportLoginLog;
import dev.bastion.application.audit.ExportOperationLog;
import dev.bastion.application.audit.ListLoginLog;
import dev.bastion.application.audit.ListOperationLog;
import dev.bastion.application.audit.RecordOperation;
import dev.bastion.application.audit.VerifyOperationLog;
import dev.bastion.domain.audit.ChainVerification;
import dev.bastion.domain.audit.OperationLogEntry;
import dev.bastion.domain.audit.OperationLogQuery;
import dev.bastion.domain.audit.OperationRecord;
import dev.bastion.domain.audit.SecretMasking;
import dev.bastion.application.identity.signin.AuthPolicies;
import dev.bastion.application.identity.signin.AuthSettings;
import dev.bastion.application.identity.signin.ChangeOwnPassword;
import dev.bastion.application.identity.sessions.CheckSession;
import dev.bastion.application.identity.csv.ExportUsers;
import dev.bastion.application.identity.csv.ImportUsers;
import dev.bastion.application.identity.sessions.ForceLogout;
import dev.bastion.application.identity.signin.GetCurrentUser;
import dev.bastion.application.identity.signin.UpdateOwnProfile;
import dev.bastion.application.identity.sessions.RedeemStreamTicket;
import dev.bastion.application.identity.sessions.ListOwnSessions;
import dev.bastion.application.identity.sessions.ListSessions;
import dev.bastion.application.identity.signin.LogIn;
import dev.bastion.application.identity.signin.LogOut;
import dev.bastion.application.identity.signin.RefreshSession;
import dev.bastion.application.identity.sessions.SignOutOtherSessions;
import dev.bastion.domain.access.PermissionCode;
import dev.bastion.domain.access.PermissionSet;
import dev.bastion.domain.access.UserAccess;
import dev.bastion.domain.identity.SessionId;
import dev.bastion.domain.identity.SessionStore.ActiveSession;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.UserQuery;
import dev.bastion.domain.identity.UserSort;
import dev.bastion.domain.shared.AuthenticationFailedException;
import dev.bastion.domain.shared.Clock;
import dev.bastion.domain.shared.NotFoundException;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import dev.bastion.domain.organization.RecordScope;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The REST adapter's tests run without the application core: these stand-ins answer the use
 * cases the controllers and security call. Sessions listed in {@link #LIVE} are live; users in
 * {@link #GRANTS} hold those permissions. The user export streams {@link #EXPORTED} (then fails, if
 * {@link #EXPORT_FAILS_AFTER_THE_LAST}) and remembers what it was asked for; the user import remembers the rows it read and answers {@link #IMPORT_ANSWER}.
 * End-to-end behaviour is tested in bootstrap.
 */
@Factory
public class FakeUseCases {

    public static final Set<SessionId> LIVE = ConcurrentHashMap.newKeySet();
    public static final java.util.Map<UserId, List<String>> GRANTS = new ConcurrentHashMap<>();
    public static final List<ExportUsers.ExportedUser> EXPORTED = new CopyOnWriteArrayList<>();
    public static final List<Object> EXPORT_ASKED = new CopyOnWriteArrayList<>();
    public static final java.util.concurrent.atomic.AtomicBoolean EXPORT_FAILS_AFTER_THE_LAST =
            new java.util.concurrent.atomic.AtomicBoolean();
    public static final List<ImportUsers.Line> IMPORTED_ROWS = new CopyOnWriteArrayList<>();
    public static volatile Function<List<ImportUsers.Line>, ImportUsers.Result> IMPORT_ANSWER =
            rows -> new ImportUsers.Imported(rows.size());

    @Singleton
    Clock clock() {
        return Clock.system();
    }

    @Singleton
    AuthPolicies authPolicies() {
        return AuthSettings::defaults;
    }

    @Singleton
    CheckSession checkSession() {
        return (user, session) -> LIVE.contains(session)
                ? Optional.of(new ActiveSession(session, user, false))
                : Optional.empty();
    }

    @Singleton
    GetUserAccess userAccess() {
        return user -> new UserAccess(List.of(), PermissionSet.of(
                GRANTS.getOrDefault(user, List.of()).stream().map(PermissionCode::new).toList()),
                RecordScope.onlyOwn(user.value()));
    }

    @Singleton
    LogIn logIn() {
        return command -> {
            throw AuthenticationFailedException.invalidCredentials();
        };
    }

    @Singleton
    RefreshSession refreshSession() {
        return command -> {
            throw AuthenticationFailedException.invalidRefreshToken();
        };
    }

    @Singleton
    LogOut logOut() {
        return LIVE::remove;
    }

    @Singleton
    GetCurrentUser currentUser() {
        return user -> new GetCurrentUser.CurrentUser(user, "alice", "Alice", null, null,
                "01936f6e-0000-7000-8000-0000000000d1", false, 0, List.of(), List.of());
    }

    @Singleton
    RedeemStreamTicket redeemStreamTicket() {
        return ticket -> Optional.empty();
    }

    @Singleton
    UpdateOwnProfile updateOwnProfile(GetCurrentUser currentUser) {
        return command -> currentUser.get(command.self());
    }

    @Singleton
    ChangeOwnPassword changeOwnPassword() {
        return command -> { };
    }

    @Singleton
    ListOwnSessions ownSessions() {
        return (user, current) -> List.of();
    }

    @Singleton
    SignOutOtherSessions signOutOthers() {
        return (user, current) -> { };
    }

    @Singleton
    ListSessions listSessions() {
        return page -> Page.of(List.of(), 0, page);
    }

    @Singleton
    ForceLogout forceLogout() {
        return session -> {
            throw new NotFoundException("session " + session);
        };
    }

    @Singleton
    ListLoginLog listLoginLog() {
        return (query, page) -> Page.of(List.of(), 0, page);
    }

    @Singleton
    ExportLoginLog exportLoginLog() {
        return query -> Stream.empty();
    }

    @Singleton
    ListOperationLog listOperationLog() {
        return new ListOperationLog() {
            @Override
            public Page<OperationLogEntry> list(OperationLogQuery query, PageRequest page) {
                return Page.of(List.of(), 0, page);
            }

            @Override
            public OperationLogEntry get(java.util.UUID id) {
                throw new NotFoundException("operation log entry " + id);
            }
        };
    }

    @Singleton
    ExportOperationLog exportOperationLog() {
        return query -> Stream.empty();
    }

    @Singleton
    VerifyOperationLog verifyOperationLog() {
        return (from, to) -> new ChainVerification.Result(0, java.util.Optional.empty());
    }

    /** What the operation-log filter recorded, for assertions. */
    public static final List<OperationRecord> RECORDED = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Singleton
    RecordOperation recordOperation() {
        return RECORDED::add;
    }

    @Singleton
    SecretMasking secretMasking() {
        return new SecretMasking(java.util.Set.of());
    }

    @Singleton
    ExportUsers exportUsers() {
        return (UserId actor, UserQuery query, UserSort sort) -> {
            EXPORT_ASKED.add(query);
            EXPORT_ASKED.add(sort);
            return EXPORT_FAILS_AFTER_THE_LAST.get()
                    ? Stream.concat(EXPORTED.stream(), Stream.<ExportUsers.ExportedUser>generate(() -> {
                        throw new IllegalStateException("the database went away");
                    }))
                    : EXPORTED.stream();
        };
    }

    @Singleton
    ImportUsers importUsers() {
        return (actor, rows) -> {
            List<ImportUsers.Line> read = new ArrayList<>();
            rows.forEachRemaining(read::add);
            IMPORTED_ROWS.addAll(read);
            return IMPORT_ANSWER.apply(read);
        };
    }
}
