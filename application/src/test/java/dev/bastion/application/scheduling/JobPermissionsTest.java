package dev.bastion.application.scheduling;

import static dev.bastion.application.scheduling.JobsWorld.NOOP;
import static dev.bastion.application.scheduling.JobsWorld.PURGE;
import static dev.bastion.application.scheduling.JobsWorld.REPORT;
import static dev.bastion.application.scheduling.JobsWorld.job;
import static dev.bastion.application.scheduling.JobsWorld.patch;
import static dev.bastion.application.scheduling.JobsWorld.withParameters;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.scheduling.JobQuery;
import dev.bastion.domain.shared.AccessDeniedException;
import dev.bastion.domain.shared.ErrorCode;
import dev.bastion.domain.shared.InvalidValueException;
import dev.bastion.domain.shared.PageRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Nobody schedules work they could not do by hand: every permission a handler declares is needed
 * to create a job of it, change a job to it, and change, delete, enable or run a job of it.
 */
class JobPermissionsTest {

    private final JobsWorld w = new JobsWorld();

    private JobView purgeBy(UserId actor) {
        return w.service.create(actor, job("Purge", PURGE, "every 60s"));
    }

    private static void assertForbidden(Runnable action, String permission) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(AccessDeniedException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN)).hasMessageContaining(permission);
    }

    @Test
    void creating_a_job_of_a_handler_needs_its_permissions() {
        assertForbidden(() -> purgeBy(w.jobAdmin), "monitor:operation-log:delete");
        assertThat(w.jobs.find(JobQuery.any(), PageRequest.first(10)).items()).isEmpty();
        assertThat(purgeBy(w.auditor).handler()).isEqualTo("audit.purge-logs");
        assertThat(w.service.create(w.jobAdmin, job("Heartbeat", NOOP, "every 60s")).handler()).isEqualTo("noop");
    }

    @Test
    void holding_everything_passes() {
        assertThat(purgeBy(w.admin).handler()).isEqualTo("audit.purge-logs");
        assertThat(w.service.create(w.admin, withParameters(job("Report", REPORT, "every 60s"), Map.of("to", "a@b.c")))
                .handler()).isEqualTo("reports.mail");
    }

    @Test
    void every_one_of_the_handlers_permissions_is_needed_wildcards_granting_as_they_do() {
        CreateJob.Command report = withParameters(job("Report", REPORT, "every 60s"), Map.of("to", "a@b.c"));
        assertForbidden(() -> w.service.create(w.halfReporter, report), "system:user:export");
        assertThat(w.service.create(w.reporter, report).handler()).isEqualTo("reports.mail");
    }

    @Test
    void changing_a_job_to_a_handler_needs_its_permissions() {
        JobView heartbeat = w.service.create(w.jobAdmin, job("Heartbeat", NOOP, "every 60s"));
        assertForbidden(() -> w.service.update(w.jobAdmin, patch(heartbeat).handler("audit.purge-logs").command()),
                "monitor:operation-log:delete");
        assertThat(w.service.get(w.jobAdmin, heartbeat.id()).handler()).isEqualTo("noop");
        assertThat(w.service.update(w.auditor, patch(heartbeat).handler("audit.purge-logs").command()).handler())
                .isEqualTo("audit.purge-logs");
    }

    @Test
    void changing_a_job_away_from_or_within_a_handler_needs_its_permissions() {
        JobView purge = purgeBy(w.auditor);
        assertForbidden(() -> w.service.update(w.jobAdmin, patch(purge).description("mine").command()),
                "monitor:operation-log:delete");
        assertForbidden(() -> w.service.update(w.jobAdmin, patch(purge).handler("noop").command()),
                "monitor:operation-log:delete");
        assertThat(w.service.get(w.admin, purge.id())).isEqualTo(purge);
        assertThat(w.service.update(w.auditor, patch(purge).handler("noop").command()).handler()).isEqualTo("noop");
    }

    @Test
    void deleting_enabling_and_running_a_job_need_its_handlers_permissions() {
        JobView purge = purgeBy(w.auditor);
        assertForbidden(() -> w.service.delete(w.jobAdmin, purge.id()), "monitor:operation-log:delete");
        assertForbidden(() -> w.service.runNow(w.jobAdmin, purge.id()), "monitor:operation-log:delete");
        assertThat(w.scheduler.orders()).isEmpty();
        assertThat(w.scheduler.wakes()).isZero();
        w.service.changeStatus(w.auditor, purge.id(), false);
        assertForbidden(() -> w.service.changeStatus(w.jobAdmin, purge.id(), true), "monitor:operation-log:delete");
        assertThat(w.service.get(w.admin, purge.id()).enabled()).isFalse();
        assertThat(w.scheduler.planned()).isEmpty();

        w.service.changeStatus(w.auditor, purge.id(), true);
        assertThat(w.service.runNow(w.auditor, purge.id())).isNotNull();
        w.service.delete(w.auditor, purge.id());
        assertThat(w.jobs.findById(purge.id())).isEmpty();
    }

    @Test
    void stopping_work_needs_no_more_than_the_job_permission() {
        JobView purge = purgeBy(w.auditor);
        assertThat(w.service.changeStatus(w.jobAdmin, purge.id(), false).enabled()).isFalse();
        assertThat(w.scheduler.planned()).isEmpty();
    }

    @Test
    void reading_needs_no_handler_permission() {
        JobView purge = purgeBy(w.auditor);
        assertThat(w.service.get(w.jobAdmin, purge.id()).id()).isEqualTo(purge.id());
        assertThat(w.service.nextFireTimes(w.jobAdmin, purge.id(), 1)).hasSize(1);
        assertThat(w.service.executions(w.jobAdmin, purge.id(), PageRequest.first(5)).items()).isEmpty();
    }

    @Test
    void a_job_whose_handler_the_code_no_longer_registers_can_be_stopped_and_deleted_but_not_edited_as_it_is() {
        JobView purge = purgeBy(w.auditor);
        JobsService afterDeployment = w.service(new JobHandlerRegistry(List.of(NOOP, REPORT)));
        assertThatThrownBy(() -> afterDeployment.update(w.jobAdmin, patch(purge).description("x").command()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("handler"));
        assertThat(afterDeployment.update(w.jobAdmin, patch(purge).handler("noop").parameters(null).command())
                .handler()).isEqualTo("noop");
        JobView other = w.service.create(w.auditor, job("Other purge", PURGE, "every 60s"));
        assertThat(afterDeployment.changeStatus(w.jobAdmin, other.id(), false).enabled()).isFalse();
        afterDeployment.delete(w.jobAdmin, other.id());
        assertThat(w.jobs.findById(other.id())).isEmpty();
    }
}
