package dev.bastion.adapters.rest.audit;

import dev.bastion.adapters.rest.security.RequiresPermission;
import dev.bastion.adapters.rest.shared.PageResponse;
import dev.bastion.adapters.rest.shared.Paging;
import dev.bastion.adapters.rest.csv.CsvDownload;
import dev.bastion.adapters.rest.csv.CsvExportStream;
import dev.bastion.application.audit.ExportLoginLog;
import dev.bastion.application.audit.ListLoginLog;
import dev.bastion.domain.audit.LoginLogEntry;
import dev.bastion.domain.audit.LoginLogQuery;
import dev.bastion.domain.audit.LoginOutcome;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/** Every sign-in attempt (docs/api.md, "login log"). */
@Controller("/api/v1/logs/logins")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Login log")
class LoginLogController {

    static final Set<String> SORTS = Set.of("at,desc");

    static final List<String> CSV_HEADER = List.of("id", "at", "username", "ip", "userAgent", "outcome");

    private final ListLoginLog listLoginLog;
    private final ExportLoginLog exportLoginLog;
    private final AuditDtoMapper mapper;

    LoginLogController(ListLoginLog listLoginLog, ExportLoginLog exportLoginLog, AuditDtoMapper mapper) {
        this.listLoginLog = listLoginLog;
        this.exportLoginLog = exportLoginLog;
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

    @Get("/export")
    @Produces(OperationLogController.TEXT_CSV)
    @RequiresPermission("monitor:login-log:export")
    @Operation(operationId = "exportLoginLog",
            summary = "Every sign-in attempt matching the filters of GET /logs/logins as a CSV file (UTF-8, "
                    + "RFC 4180), newest first: columns id,at,username,ip,userAgent,outcome; a cell starting with "
                    + "= + - @ TAB or CR is written with a leading '",
            security = @SecurityRequirement(name = "bearerAuth"))
    HttpResponse<StreamedFile> export(@Nullable @QueryValue @Size(max = 64) String username,
                                      @Nullable @QueryValue LoginOutcome outcome,
                                      @Nullable @QueryValue Instant from, @Nullable @QueryValue Instant to) {
        Iterator<LoginLogEntry> entries = exportLoginLog.export(new LoginLogQuery(username, outcome, from, to))
                .iterator();
        // Read the first slice now: a database failure is then an error answer, not a cut-off download.
        entries.hasNext();
        return CsvDownload.of("login-log", new CsvExportStream<>("login log", CSV_HEADER, entries,
                entry -> List.of(entry.id().toString(), entry.at().toString(), entry.username(), entry.ip(),
                        entry.userAgent(), entry.outcome().name())));
    }
}
