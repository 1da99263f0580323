package dev.bastion.adapters.rest.scheduling;

import dev.bastion.adapters.rest.security.RequiresPermission;
import dev.bastion.application.scheduling.ListJobHandlers;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

/** The handlers the code registers, for a front end to offer them and render their parameter forms. */
@Controller("/api/v1/job-handlers")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Jobs")
class JobHandlerController {

    private final ListJobHandlers listHandlers;
    private final JobDtoMapper mapper;

    JobHandlerController(ListJobHandlers listHandlers, JobDtoMapper mapper) {
        this.listHandlers = listHandlers;
        this.mapper = mapper;
    }

    @Get
    @RequiresPermission("monitor:job:list")
    @Operation(operationId = "listJobHandlers",
            summary = "The job handlers, by key, each with its parameters as a JSON Schema; a plain array",
            security = @SecurityRequirement(name = "bearerAuth"))
    List<JobHandlerResponse> list() {
        return listHandlers.handlers().stream().map(mapper::toResponse).toList();
    }
}
