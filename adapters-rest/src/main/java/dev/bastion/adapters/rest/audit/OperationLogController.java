package dev.bastion.adapters.rest.audit;

import dev.bastion.adapters.rest.csv.CsvDownload;
import dev.bastion.adapters.rest.csv.CsvExportStream;
import dev.bastion.adapters.rest.security.RequiresPermission;
import dev.bastion.adapters.rest.shared.PageResponse;
import dev.bastion.adapters.rest.shared.Paging;
import dev.bastion.application.audit.ExportOperationLog;
import dev.bastion.application.audit.ListOperationLog;
import dev.bastion.application.audit.VerifyOperationLog;
import dev.bastion.domain.audit.OperationLogEntry;
import dev.bastion.domain.audit.OperationLogQuery;
import dev.bastion.domain.audit.OperationOutcome;
import dev.bastion.domain.audit.OperationRecord;
import dev.bastion.domain.shared.CanonicalUuid;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Iterator;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** The operation log (docs/api.md, "Operation log"): listing, one entry, CSV export, chain verification. */
@Controller("/api/v1/logs/operations")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Operation log")
class OperationLogController {

    static final Set<String> SORTS = Set.of("at,desc");
    static final String TEXT_CSV = "text/csv";
    static final List<String> CSV_HEADER = List.of("id", "at", "actorId", "actorUsername", "sessionId",
            "clientAddress", "userAgent", "method", "route", "targetId", "module", "title", "arguments", "status",
            "outcome", "problemCode", "durationMillis", "requestId", "previousHash", "hash");

    private final ListOperationLog listing;
    private final ExportOperationLog export;
    private final VerifyOperationLog verification;
    private final AuditDtoMapper mapper;

    OperationLogController(ListOperationLog listing, ExportOperationLog export, VerifyOperationLog verification,
                           AuditDtoMapper mapper) {
        this.listing = listing;
        this.export = export;
        this.verification = verification;
        this.mapper = mapper;
    }

    @Get
    @RequiresPermission("monitor:operation-log:list")
    @Operation(operationId = "listOperationLog",
            summary = "State-changing requests, newest first, filtered",
            description = "actor: a username, exactly (ignoring case); module (e.g. system:user) and route (the "
                    + "route template, e.g. /api/v1/users/{id}) match exactly; outcome SUCCESS (status below 400) "
                    + "or FAILURE; from is inclusive, to exclusive (ISO-8601).",
            security = @SecurityRequirement(name = "bearerAuth"))
    PageResponse<OperationLogResponse> list(@Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size,
                                            @Nullable @QueryValue String sort,
                                            @Nullable @QueryValue @Size(max = 64) String actor,
                                            @Nullable @QueryValue @Size(max = 64) String module,
                                            @Nullable @QueryValue @Size(max = 255) String route,
                                            @Nullable @QueryValue OperationOutcome outcome,
                                            @Nullable @QueryValue @Min(100) @Max(599) Integer status,
                                            @Nullable @QueryValue Instant from, @Nullable @QueryValue Instant to) {
        return PageResponse.of(listing.list(new OperationLogQuery(actor, module, route, outcome, status, from, to),
                Paging.of(page, size, sort, SORTS)), mapper::toResponse);
    }

    @Get("/verify")
    @RequiresPermission("monitor:operation-log:verify")
    @Operation(operationId = "verifyOperationLog",
            summary = "Walk the hash chain of the entries made in [from, to) (either may be left out)",
            description = "Recomputes each entry's SHA-256 from its content and the entry before it (the entry "
                    + "before the window, or the anchor a purge left); verified counts the entries that follow, "
                    + "firstBroken names the first that does not (expected: the hash it should have; found: the "
                    + "one stored), or is null.",
            security = @SecurityRequirement(name = "bearerAuth"))
    VerificationResponse verify(@Nullable @QueryValue Instant from, @Nullable @QueryValue Instant to) {
        return mapper.toResponse(verification.verify(from, to));
    }

    @Get("/export")
    @Produces(TEXT_CSV)
    @RequiresPermission("monitor:operation-log:export")
    @Operation(operationId = "exportOperationLog",
            summary = "Every entry matching the filters of GET /logs/operations as a CSV file (UTF-8, RFC 4180), "
                    + "newest first: columns id,at,actorId,actorUsername,sessionId,clientAddress,userAgent,method,"
                    + "route,targetId,module,title,arguments,status,outcome,problemCode,durationMillis,requestId,"
                    + "previousHash,hash; a cell starting with = + - @ TAB or CR is written with a leading '",
            security = @SecurityRequirement(name = "bearerAuth"))
    HttpResponse<StreamedFile> export(@Nullable @QueryValue @Size(max = 64) String actor,
                                      @Nullable @QueryValue @Size(max = 64) String module,
                                      @Nullable @QueryValue @Size(max = 255) String route,
                                      @Nullable @QueryValue OperationOutcome outcome,
                                      @Nullable @QueryValue @Min(100) @Max(599) Integer status,
                                      @Nullable @QueryValue Instant from, @Nullable @QueryValue Instant to) {
        Iterator<OperationLogEntry> entries = export.export(
                new OperationLogQuery(actor, module, route, outcome, status, from, to)).iterator();
        // Read the first slice now: a database failure is then an error answer, not a cut-off download.
        entries.hasNext();
        return CsvDownload.of("operation-log", new CsvExportStream<>("operation log", CSV_HEADER, entries,
                OperationLogController::cells));
    }

    @Get("/{id}")
    @RequiresPermission("monitor:operation-log:read")
    @Operation(operationId = "getOperationLogEntry", summary = "One entry of the operation log",
            security = @SecurityRequirement(name = "bearerAuth"))
    OperationLogResponse read(@PathVariable String id) {
        return mapper.toResponse(listing.get(CanonicalUuid.parse("id", id)));
    }

    private static List<String> cells(OperationLogEntry entry) {
        OperationRecord r = entry.record();
        return Arrays.asList(r.id().toString(), r.at().toString(), text(r.actorId()), r.actorUsername(),
                text(r.sessionId()), r.clientAddress(), r.userAgent(), r.method(), r.route(), r.targetId(),
                r.module(), r.title(), r.arguments(), String.valueOf(r.status()), r.outcome().name(),
                r.problemCode(), String.valueOf(r.durationMillis()), r.requestId(), entry.previousHash(),
                entry.hash());
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
