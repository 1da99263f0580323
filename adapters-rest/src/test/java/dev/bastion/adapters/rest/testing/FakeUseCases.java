package dev.bastion.adapters.rest.testing;

import dev.bastion.adapters.rest.security.AccessTokens;
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
import dev.bastion.application.scheduling.ChangeJobStatus;
import dev.bastion.application.scheduling.CreateJob;
import dev.bastion.application.scheduling.DeleteJob;
import dev.bastion.application.scheduling.GetJob;
import dev.bastion.application.scheduling.JobExecutionView;
import dev.bastion.application.scheduling.JobHandlerView;
import dev.bastion.application.scheduling.JobView;
import dev.bastion.application.scheduling.ListJobExecutions;
import dev.bastion.application.scheduling.ListJobHandlers;
import dev.bastion.application.scheduling.ListJobs;
import dev.bastion.application.scheduling.PreviewFireTimes;
import dev.bastion.application.scheduling.RunJobNow;
import dev.bastion.application.scheduling.UpdateJob;
import dev.bastion.domain.scheduling.ConcurrencyPolicy;
import dev.bastion.domain.scheduling.ExecutionOutcome;
import dev.bastion.domain.scheduling.ExecutionTrigger;
import dev.bastion.domain.scheduling.JobExecutionId;
import dev.bastion.domain.scheduling.JobId;
import dev.bastion.domain.scheduling.MisfirePolicy;
import dev.bastion.domain.scheduling.ParameterSpec;
import dev.bastion.domain.scheduling.ParameterType;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;
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
import java.util.Map;
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
 * The job use cases know one job, {@link #JOB} (any other id is not found), remember what they were
 * asked ({@link #JOB_CALLS}) and list the handlers {@link #JOB_HANDLERS}.
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

    /** An access token of a new user holding {@code permissions}, in a live session. */
    public static String signedIn(AccessTokens tokens, String... permissions) {
        UserId user = UserId.newId();
        SessionId session = SessionId.newId();
        LIVE.add(session);
        GRANTS.put(user, List.of(permissions));
        return tokens.mint(user, session, java.time.Instant.now());
    }

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

    // ---------------------------------------------------------------- scheduling

    public static final Instant JOB_TIME = Instant.parse("2026-12-01T03:00:00Z");
    public static final JobView JOB = new JobView(new JobId(java.util.UUID.fromString(
            "01936f6e-0000-7000-8000-0000000000a1")), "nightly purge", "audit.purge-logs", "0 0 3 * * *", "UTC",
            Map.of("olderThan", "90d"), true, ConcurrencyPolicy.FORBID, MisfirePolicy.FIRE_ONCE,
            Duration.ofMinutes(15), null, JOB_TIME, 3, JOB_TIME.minusSeconds(86_400), JOB_TIME.minusSeconds(3_600));
    public static final JobExecutionId EXECUTION = new JobExecutionId(java.util.UUID.fromString(
            "01936f6e-0000-7000-8000-0000000000e1"));
    public static final List<JobHandlerView> JOB_HANDLERS = List.of(new JobHandlerView("audit.purge-logs",
            "Deletes operation-log entries older than a cut-off",
            List.of(ParameterSpec.optional("olderThan", ParameterType.DURATION, "90d", "how old an entry may get"),
                    ParameterSpec.required("batch", ParameterType.INTEGER, "rows per statement").between(1, 10_000),
                    ParameterSpec.optional("label", ParameterType.STRING, null, "a note").between(1, 40),
                    ParameterSpec.optional("dryRun", ParameterType.BOOLEAN, false, "count only")),
            new java.util.TreeSet<>(Set.of("monitor:operation-log:delete"))));
    /** What the job use cases were asked, in order: commands, queries, ids, page requests. */
    public static final List<Object> JOB_CALLS = new CopyOnWriteArrayList<>();

    private static JobView knownJob(JobId id) {
        if (!JOB.id().equals(id)) {
            throw new NotFoundException("job " + id);
        }
        return JOB;
    }

    @Singleton
    ListJobs listJobs() {
        return (actor, query, page) -> {
            JOB_CALLS.add(query);
            return Page.of(List.of(JOB), 1, page);
        };
    }

    @Singleton
    GetJob getJob() {
        return (actor, id) -> knownJob(id);
    }

    @Singleton
    CreateJob createJob() {
        return (actor, command) -> {
            JOB_CALLS.add(command);
            return JOB;
        };
    }

    @Singleton
    UpdateJob updateJob() {
        return (actor, command) -> {
            JOB_CALLS.add(command);
            return knownJob(command.id());
        };
    }

    @Singleton
    DeleteJob deleteJob() {
        return (actor, id) -> JOB_CALLS.add(knownJob(id).id());
    }

    @Singleton
    ChangeJobStatus changeJobStatus() {
        return (actor, id, enabled) -> {
            JOB_CALLS.add(enabled);
            return knownJob(id);
        };
    }

    @Singleton
    RunJobNow runJobNow() {
        return (actor, id) -> {
            knownJob(id);
            return EXECUTION;
        };
    }

    @Singleton
    ListJobExecutions listJobExecutions() {
        return (actor, id, page) -> {
            JOB_CALLS.add(page);
            return Page.of(List.of(new JobExecutionView(EXECUTION, knownJob(id).id(), ExecutionTrigger.MANUAL,
                    JOB_TIME, JOB_TIME, null, ExecutionOutcome.RUNNING, null, "host-1")), 1, page);
        };
    }

    @Singleton
    PreviewFireTimes previewFireTimes() {
        return (actor, id, count) -> {
            knownJob(id);
            return IntStream.range(0, count).mapToObj(i -> JOB_TIME.plusSeconds(i)).toList();
        };
    }

    @Singleton
    ListJobHandlers listJobHandlers() {
        return () -> JOB_HANDLERS;
    }
}
