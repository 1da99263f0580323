package dev.bastion.application.scheduling;

import dev.bastion.application.shared.FieldPatch;
import dev.bastion.application.testing.FakeCronSchedules;
import dev.bastion.application.testing.FixedClock;
import dev.bastion.application.testing.InMemoryJobExecutionRepository;
import dev.bastion.application.testing.InMemoryJobRepository;
import dev.bastion.application.testing.InMemoryJobScheduler;
import dev.bastion.application.testing.InMemoryTransactions;
import dev.bastion.domain.access.PermissionCode;
import dev.bastion.domain.access.PermissionSet;
import dev.bastion.domain.access.UserAccess;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.organization.RecordScope;
import dev.bastion.domain.scheduling.ConcurrencyPolicy;
import dev.bastion.domain.scheduling.HandlerKey;
import dev.bastion.domain.scheduling.JobContext;
import dev.bastion.domain.scheduling.JobHandler;
import dev.bastion.domain.scheduling.JobParameters;
import dev.bastion.domain.scheduling.MisfirePolicy;
import dev.bastion.domain.scheduling.ParameterSchema;
import dev.bastion.domain.scheduling.ParameterSpec;
import dev.bastion.domain.scheduling.ParameterType;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The jobs service over in-memory fakes, three handlers and actors holding various permissions.
 * The fake cron language ({@link FakeCronSchedules}): {@code every <n>s}, {@code daily HH:mm},
 * {@code once <instant>}.
 */
final class JobsWorld {

    static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

    /** Takes no parameters and needs no permission beyond the job permission. */
    static final TestHandler NOOP = new TestHandler("noop", ParameterSchema.NONE, Set.of());
    /** Deletes audit history: its jobs need the permission to do that by hand. */
    static final TestHandler PURGE = new TestHandler("audit.purge-logs", ParameterSchema.of(
            ParameterSpec.optional("days", ParameterType.INTEGER, 30, "Days kept").between(1, 3650),
            ParameterSpec.optional("dryRun", ParameterType.BOOLEAN, null, "Only count")),
            Set.of("monitor:operation-log:delete"));
    /** Needs two permissions. */
    static final TestHandler REPORT = new TestHandler("reports.mail", ParameterSchema.of(
            ParameterSpec.required("to", ParameterType.STRING, "Recipient")),
            Set.of("system:user:export", "system:notice:create"));

    final FixedClock clock = new FixedClock(START);
    final InMemoryTransactions transactions = new InMemoryTransactions();
    final InMemoryJobExecutionRepository executions = new InMemoryJobExecutionRepository();
    final InMemoryJobRepository jobs = new InMemoryJobRepository(executions);
    final InMemoryJobScheduler scheduler = new InMemoryJobScheduler(transactions);
    final FakeCronSchedules cron = new FakeCronSchedules();
    final JobHandlerRegistry registry = new JobHandlerRegistry(List.of(NOOP, PURGE, REPORT));

    private final Map<UserId, Set<String>> holdings = new HashMap<>();
    /** Holds {@code *}. */
    final UserId admin = actor("*");
    /** Holds the job permissions only. */
    final UserId jobAdmin = actor("monitor:job:*");
    /** May also purge the operation log by hand. */
    final UserId auditor = actor("monitor:job:*", "monitor:operation-log:delete");
    /** Holds one of the report handler's two permissions. */
    final UserId halfReporter = actor("monitor:job:*", "system:notice:create");
    /** Holds both, through wildcards. */
    final UserId reporter = actor("monitor:job:*", "system:*:create", "system:user:*");

    final JobsService service = service(registry);

    /** The same stores seen by a service whose code registers other handlers (after a deployment). */
    JobsService service(JobHandlerRegistry handlers) {
        return new JobsService(jobs, executions, handlers, cron, scheduler,
                user -> new UserAccess(List.of("role"), PermissionSet.of(holdings.get(user).stream()
                        .map(PermissionCode::new).toList()), RecordScope.everything(user.value())),
                transactions, clock);
    }

    private UserId actor(String... permissions) {
        UserId id = UserId.newId();
        holdings.put(id, Set.of(permissions));
        return id;
    }

    static CreateJob.Command job(String name, TestHandler handler, String cron) {
        return new CreateJob.Command(name, handler.key().value(), cron, null, null, null, null, null, null, null);
    }

    static CreateJob.Command withParameters(CreateJob.Command c, Map<String, Object> parameters) {
        return new CreateJob.Command(c.name(), c.handler(), c.cron(), c.timezone(), parameters, c.enabled(),
                c.concurrency(), c.misfire(), c.timeout(), c.description());
    }

    static CreateJob.Command disabled(CreateJob.Command c) {
        return new CreateJob.Command(c.name(), c.handler(), c.cron(), c.timezone(), c.parameters(), false,
                c.concurrency(), c.misfire(), c.timeout(), c.description());
    }

    /** A patch of nothing, to be given fields with {@link Patch}'s methods. */
    static Patch patch(JobView job) {
        return new Patch(job);
    }

    /** Builds an {@link UpdateJob.Command} field by field. */
    static final class Patch {
        private final JobView job;
        FieldPatch<String> name = FieldPatch.absent();
        FieldPatch<String> handler = FieldPatch.absent();
        FieldPatch<String> cron = FieldPatch.absent();
        FieldPatch<String> timezone = FieldPatch.absent();
        FieldPatch<Map<String, Object>> parameters = FieldPatch.absent();
        FieldPatch<ConcurrencyPolicy> concurrency = FieldPatch.absent();
        FieldPatch<MisfirePolicy> misfire = FieldPatch.absent();
        FieldPatch<String> timeout = FieldPatch.absent();
        FieldPatch<String> description = FieldPatch.absent();

        private Patch(JobView job) {
            this.job = job;
        }

        Patch name(String value) {
            name = FieldPatch.of(value);
            return this;
        }

        Patch handler(String value) {
            handler = FieldPatch.of(value);
            return this;
        }

        Patch cron(String value) {
            cron = FieldPatch.of(value);
            return this;
        }

        Patch timezone(String value) {
            timezone = FieldPatch.of(value);
            return this;
        }

        Patch parameters(Map<String, Object> value) {
            parameters = FieldPatch.of(value);
            return this;
        }

        Patch policies(ConcurrencyPolicy newConcurrency, MisfirePolicy newMisfire) {
            concurrency = FieldPatch.of(newConcurrency);
            misfire = FieldPatch.of(newMisfire);
            return this;
        }

        Patch timeout(String value) {
            timeout = FieldPatch.of(value);
            return this;
        }

        Patch description(String value) {
            description = FieldPatch.of(value);
            return this;
        }

        UpdateJob.Command command() {
            return atVersion(job.version());
        }

        UpdateJob.Command atVersion(long version) {
            return new UpdateJob.Command(job.id(), version, name, handler, cron, timezone, parameters, concurrency,
                    misfire, timeout, description);
        }
    }

    record TestHandler(HandlerKey key, ParameterSchema parameters, Set<String> requiredPermissions)
            implements JobHandler {

        TestHandler(String key, ParameterSchema parameters, Set<String> requiredPermissions) {
            this(new HandlerKey(key), parameters, requiredPermissions);
        }

        @Override
        public String description() {
            return "The " + key + " handler";
        }

        @Override
        public String run(JobParameters parameters, JobContext context) {
            return "ran";
        }
    }
}
