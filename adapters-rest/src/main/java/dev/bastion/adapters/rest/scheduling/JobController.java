package dev.bastion.adapters.rest.scheduling;

import dev.bastion.adapters.rest.security.Caller;
import dev.bastion.adapters.rest.security.RequiresPermission;
import dev.bastion.adapters.rest.shared.OperationTitle;
import dev.bastion.adapters.rest.shared.PageResponse;
import dev.bastion.adapters.rest.shared.Paging;
import dev.bastion.application.scheduling.ChangeJobStatus;
import dev.bastion.application.scheduling.CreateJob;
import dev.bastion.application.scheduling.DeleteJob;
import dev.bastion.application.scheduling.GetJob;
import dev.bastion.application.scheduling.JobView;
import dev.bastion.application.scheduling.ListJobExecutions;
import dev.bastion.application.scheduling.ListJobs;
import dev.bastion.application.scheduling.PreviewFireTimes;
import dev.bastion.application.scheduling.RunJobNow;
import dev.bastion.application.scheduling.UpdateJob;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.scheduling.JobExecutionId;
import dev.bastion.domain.scheduling.JobId;
import dev.bastion.domain.scheduling.JobQuery;
import dev.bastion.domain.shared.InvalidValueException;
import dev.bastion.domain.shared.PageRequest;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Scheduled jobs, as their administrators define, switch, run and watch them (docs/api.md, "Jobs").
 * Creating, changing, enabling or running a job also needs the permissions its handler declares;
 * the use cases check them.
 */
@Controller("/api/v1/jobs")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Jobs")
class JobController {

    static final Set<String> SORTS = Set.of("name,asc");
    static final int DEFAULT_FIRE_TIMES = 5;

    private final ListJobs listJobs;
    private final GetJob getJob;
    private final CreateJob createJob;
    private final UpdateJob updateJob;
    private final DeleteJob deleteJob;
    private final ChangeJobStatus changeStatus;
    private final RunJobNow runNow;
    private final ListJobExecutions listExecutions;
    private final PreviewFireTimes previewFireTimes;
    private final JobDtoMapper mapper;

    JobController(ListJobs listJobs, GetJob getJob, CreateJob createJob, UpdateJob updateJob, DeleteJob deleteJob,
                  ChangeJobStatus changeStatus, RunJobNow runNow, ListJobExecutions listExecutions,
                  PreviewFireTimes previewFireTimes, JobDtoMapper mapper) {
        this.listJobs = listJobs;
        this.getJob = getJob;
        this.createJob = createJob;
        this.updateJob = updateJob;
        this.deleteJob = deleteJob;
        this.changeStatus = changeStatus;
        this.runNow = runNow;
        this.listExecutions = listExecutions;
        this.previewFireTimes = previewFireTimes;
        this.mapper = mapper;
    }

    @Get
    @RequiresPermission("monitor:job:list")
    @Operation(operationId = "listJobs",
            summary = "Jobs, paged, by name; filters name (contains, ignoring case), handler (exactly), enabled",
            security = @SecurityRequirement(name = "bearerAuth"))
    PageResponse<JobResponse> list(@Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size,
                                   @Nullable @QueryValue String sort,
                                   @Nullable @QueryValue @Size(max = 64) String name,
                                   @Nullable @QueryValue @Size(max = 64) String handler,
                                   @Nullable @QueryValue @Schema(allowableValues = {"true", "false"}) String enabled,
                                   Authentication authentication) {
        JobQuery query = new JobQuery(name, handler, enabled == null ? null : bool("enabled", enabled));
        return PageResponse.of(listJobs.list(actor(authentication), query, Paging.of(page, size, sort, SORTS)),
                mapper::toResponse);
    }

    @Get("/{id}")
    @RequiresPermission("monitor:job:read")
    @Operation(operationId = "getJob", summary = "One job, with when it fires next",
            security = @SecurityRequirement(name = "bearerAuth"))
    JobResponse read(@PathVariable String id, Authentication authentication) {
        return mapper.toResponse(getJob.get(actor(authentication), JobId.parse("id", id)));
    }

    @Post
    @Status(HttpStatus.CREATED)
    @RequiresPermission("monitor:job:create")
    @Operation(operationId = "createJob",
            summary = "Create a job of a registered handler; planned at once when enabled",
            security = @SecurityRequirement(name = "bearerAuth"))
    HttpResponse<JobResponse> create(@Valid @Body CreateJobRequest body, Authentication authentication) {
        JobView created = createJob.create(actor(authentication), mapper.command(body));
        return HttpResponse.created(mapper.toResponse(created), URI.create("/api/v1/jobs/" + created.id()));
    }

    @Put("/{id}")
    @RequiresPermission("monitor:job:update")
    @Operation(operationId = "updateJob",
            summary = "Edit a job read at version; fields left out keep their value; planned again from the new cron",
            security = @SecurityRequirement(name = "bearerAuth"))
    JobResponse update(@PathVariable String id, @Valid @Body UpdateJobRequest body, Authentication authentication) {
        return mapper.toResponse(updateJob.update(actor(authentication), mapper.command(JobId.parse("id", id), body)));
    }

    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @RequiresPermission("monitor:job:delete")
    @Operation(operationId = "deleteJob", summary = "Delete a job and its history; not while it runs (409)",
            security = @SecurityRequirement(name = "bearerAuth"))
    void delete(@PathVariable String id, Authentication authentication) {
        deleteJob.delete(actor(authentication), JobId.parse("id", id));
    }

    @Put("/{id}/status")
    @RequiresPermission("monitor:job:status")
    @OperationTitle("change job status")
    @Operation(operationId = "changeJobStatus",
            summary = "Enable a job (planned from now on) or disable it (a run in progress finishes)",
            security = @SecurityRequirement(name = "bearerAuth"))
    JobResponse changeStatus(@PathVariable String id, @Valid @Body JobStatusRequest body,
                             Authentication authentication) {
        return mapper.toResponse(changeStatus.changeStatus(actor(authentication), JobId.parse("id", id),
                body.enabled()));
    }

    @Post("/{id}/run")
    @Status(HttpStatus.ACCEPTED)
    @RequiresPermission("monitor:job:run")
    @Operation(operationId = "runJob",
            summary = "Run an enabled job now, on whichever instance takes the order; its execution appears "
                    + "under /executions",
            security = @SecurityRequirement(name = "bearerAuth"))
    HttpResponse<RunOrderedResponse> run(@PathVariable String id, Authentication authentication) {
        JobId job = JobId.parse("id", id);
        JobExecutionId execution = runNow.runNow(actor(authentication), job);
        return HttpResponse.<RunOrderedResponse>status(HttpStatus.ACCEPTED)
                .headers(headers -> headers.location(URI.create("/api/v1/jobs/" + job + "/executions")))
                .body(new RunOrderedResponse(execution.toString()));
    }

    @Get("/{id}/executions")
    @RequiresPermission("monitor:job:read")
    @Operation(operationId = "listJobExecutions", summary = "A job's executions, paged, newest first",
            security = @SecurityRequirement(name = "bearerAuth"))
    PageResponse<JobExecutionResponse> executions(@PathVariable String id, @Nullable @QueryValue Integer page,
                                                  @Nullable @QueryValue Integer size,
                                                  Authentication authentication) {
        PageRequest request = new PageRequest(page == null ? 1 : page, size == null ? PageRequest.DEFAULT_SIZE : size);
        return PageResponse.of(listExecutions.executions(actor(authentication), JobId.parse("id", id), request),
                mapper::toResponse);
    }

    @Get("/{id}/next-fire-times")
    @RequiresPermission("monitor:job:read")
    @Operation(operationId = "previewJobFireTimes",
            summary = "When the job's cron fires next (count times, 1 to 50, default 5), enabled or not; "
                    + "a plain array, shorter when it stops firing",
            security = @SecurityRequirement(name = "bearerAuth"))
    List<Instant> nextFireTimes(@PathVariable String id,
                                @Nullable @QueryValue @Schema(minimum = "1", maximum = "50", defaultValue = "5")
                                Integer count,
                                Authentication authentication) {
        int wanted = count == null ? DEFAULT_FIRE_TIMES : count;
        if (wanted < 1 || wanted > PreviewFireTimes.MAX_COUNT) {
            throw new InvalidValueException("count", "must be between 1 and " + PreviewFireTimes.MAX_COUNT);
        }
        return previewFireTimes.nextFireTimes(actor(authentication), JobId.parse("id", id), wanted);
    }

    private static boolean bool(String field, String text) {
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidValueException(field, "must be true or false");
        };
    }

    private static UserId actor(Authentication authentication) {
        return Caller.of(authentication).userId();
    }
}
