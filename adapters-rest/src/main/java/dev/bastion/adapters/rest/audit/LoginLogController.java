package dev.bastion.adapters.rest.audit;

import dev.bastion.adapters.rest.security.RequiresPermission;
import dev.bastion.adapters.rest.shared.PageResponse;
import dev.bastion.adapters.rest.shared.Paging;
import dev.bastion.application.audit.ListLoginLog;
import dev.bastion.domain.audit.LoginLogQuery;
import dev.bastion.domain.audit.LoginOutcome;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;

/** Every sign-in attempt (docs/api.md, "login log"). */
@Controller("/api/v1/logs/logins")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Login log")
class LoginLogController {

    static final Set<String> SORTS = Set.of("at,desc");

    private final ListLoginLog listLoginLog;
    private final AuditDtoMapper mapper;

    LoginLogController(ListLoginLog listLoginLog, AuditDtoMapper mapper) {
        this.listLoginLog = listLoginLog;
        this.mapper = mapper;
    }

    @Get
    @RequiresPermission("monitor:login-log:list")
    @Operation(operationId = "listLoginLog",
            summary = "Sign-in attempts, newest first, filtered",
            description = "username matches exactly (ignoring case); from is inclusive, to exclusive (ISO-8601).",
            security = @SecurityRequirement(name = "bearerAuth"))
    PageResponse<LoginLogResponse> list(@Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size,
                                        @Nullable @QueryValue String sort,
                                        @Nullable @QueryValue @Size(max = 64) String username,
                                        @Nullable @QueryValue LoginOutcome outcome,
                                        @Nullable @QueryValue Instant from, @Nullable @QueryValue Instant to) {
        return PageResponse.of(listLoginLog.list(new LoginLogQuery(username, outcome, from, to),
                Paging.of(page, size, sort, SORTS)), mapper::toResponse);
    }
}
