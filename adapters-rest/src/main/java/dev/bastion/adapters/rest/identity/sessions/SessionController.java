package dev.bastion.adapters.rest.identity.sessions;

import dev.bastion.adapters.rest.identity.IdentityDtoMapper;
import dev.bastion.adapters.rest.security.RequiresPermission;
import dev.bastion.adapters.rest.shared.PageResponse;
import dev.bastion.adapters.rest.shared.Paging;
import dev.bastion.application.identity.sessions.ForceLogout;
import dev.bastion.application.identity.sessions.ListSessions;
import dev.bastion.domain.identity.SessionId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Set;

/** Online sessions of everyone, and forced logout (docs/api.md, "sessions"). */
@Controller("/api/v1/sessions")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Sessions")
class SessionController {

    static final Set<String> SORTS = Set.of("loginAt,desc");

    private final ListSessions listSessions;
    private final ForceLogout forceLogout;
    private final IdentityDtoMapper mapper;

    SessionController(ListSessions listSessions, ForceLogout forceLogout, IdentityDtoMapper mapper) {
        this.listSessions = listSessions;
        this.forceLogout = forceLogout;
        this.mapper = mapper;
    }

    @Get
    @RequiresPermission("monitor:session:list")
    @Operation(operationId = "listSessions", summary = "Live sessions, newest first",
            security = @SecurityRequirement(name = "bearerAuth"))
    PageResponse<SessionResponse> list(@Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size,
                                       @Nullable @QueryValue String sort) {
        return PageResponse.of(listSessions.list(Paging.of(page, size, sort, SORTS)), mapper::toResponse);
    }

    @Delete("/{sessionId}")
    @Status(HttpStatus.NO_CONTENT)
    @RequiresPermission("monitor:session:delete")
    @Operation(operationId = "forceLogout",
            summary = "Force a session to end; unknown → 404",
            security = @SecurityRequirement(name = "bearerAuth"))
    void forceLogout(@PathVariable String sessionId) {
        forceLogout.forceLogout(SessionId.parse("sessionId", sessionId));
    }
}
