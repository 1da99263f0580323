package dev.bastion.adapters.rest.identity.csv;

import dev.bastion.adapters.rest.security.Caller;
import io.micronaut.security.authentication.Authentication;
import dev.bastion.adapters.rest.csv.CsvDownload;
import dev.bastion.adapters.rest.csv.CsvExportStream;
import dev.bastion.adapters.rest.csv.CsvReader;
import dev.bastion.adapters.rest.csv.MalformedCsvException;
import dev.bastion.adapters.rest.security.RequiresPermission;
import dev.bastion.application.identity.csv.ExportUsers;
import dev.bastion.application.identity.csv.ExportUsers.ExportedUser;
import dev.bastion.application.identity.csv.ImportUsers;
import dev.bastion.domain.identity.UserQuery;
import dev.bastion.domain.identity.UserSort;
import dev.bastion.domain.identity.UserStatus;
import dev.bastion.domain.organization.DeptId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.exceptions.BufferLengthExceededException;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.exceptions.HttpException;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Users as a CSV file (docs/api.md, "users": {@code GET /users/export}, {@code POST /users/import}); the
 * columns are {@link UserCsvColumn}'s. The export streams however many users match; the import reads
 * the body as a stream and stores all rows or none.
 */
@Controller("/api/v1/users")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Users")
class UserCsvController {

    static final String TEXT_CSV = "text/csv";

    private final ExportUsers exportUsers;
    private final ImportUsers importUsers;
    private final UserCsvProblems problems;

    UserCsvController(ExportUsers exportUsers, ImportUsers importUsers, UserCsvProblems problems) {
        this.exportUsers = exportUsers;
        this.importUsers = importUsers;
        this.problems = problems;
    }

    @Get("/export")
    @Produces(TEXT_CSV)
    @RequiresPermission("system:user:export")
    @Operation(operationId = "exportUsers",
            summary = "Every user matching the filters of GET /users as a CSV file (UTF-8, RFC 4180): columns "
            + "username,nickname,email,phone,deptId,status,roles,createdAt; roles are role codes joined by '|'; "
            + "a cell starting with = + - @ TAB or CR is written with a leading '",
            security = @SecurityRequirement(name = "bearerAuth"))
    HttpResponse<StreamedFile> export(@Nullable @QueryValue String username, @Nullable @QueryValue @Schema(allowableValues = {"ENABLED", "DISABLED"}) String status,
                                      @Nullable @QueryValue String deptId, @Nullable @QueryValue String sort,
                                      Authentication authentication) {
        UserQuery query = new UserQuery(username, status == null ? null : UserStatus.parse("status", status),
                deptId == null ? null : DeptId.parse("deptId", deptId));
        Iterator<ExportedUser> users = exportUsers.export(Caller.of(authentication).userId(), query, UserSort.parse(sort)).iterator();
        // Read the first slice now: a database failure is then an error answer, not a cut-off download.
        users.hasNext();
        return CsvDownload.of("users", new CsvExportStream<>("users", UserCsvColumn.headers(), users,
                user -> Arrays.stream(UserCsvColumn.values()).map(column -> column.cellOf(user)).toList()));
    }

    // Any type is routed here, so authentication and the permission are checked before the type is
    // (a route limited to text/csv would answer 415 to anyone, signed in or not).
    @Post("/import")
    @Consumes(MediaType.ALL)
    @RequiresPermission("system:user:import")
    @Operation(operationId = "importUsers",
            summary = "Create users from a CSV file (text/csv, UTF-8, header line required; columns as the export, "
            + "any order, createdAt ignored), all or none: any bad row and nothing is stored, the answer naming each "
            + "problem as rows[<row>].<column> (header = row 1). Imported users have no password until an "
            + "administrator sets one",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = TEXT_CSV, schema = @Schema(type = "string", format = "binary"))),
            responses = @ApiResponse(responseCode = "200", description = "Every row became a user",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = UsersImportedResponse.class))),
            security = @SecurityRequirement(name = "bearerAuth"))
    HttpResponse<?> importUsers(HttpRequest<?> request, @Nullable @Body InputStream body,
                                Authentication authentication) {
        if (!isCsvInUtf8(request.getContentType())) {
            return problems.notUtf8Csv(request);
        }
        CsvReader csv = new CsvReader(new InputStreamReader(body == null ? InputStream.nullInputStream() : body,
                StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)));
        try {
            List<String> headerCells = csv.next();
            if (headerCells == null) {
                return problems.empty(request);
            }
            UserCsvHeader header = UserCsvHeader.of(headerCells);
            if (!header.problems().isEmpty()) {
                return problems.header(request, header.problems());
            }
            ImportUsers.Result result = importUsers.importAll(Caller.of(authentication).userId(), new UserCsvRows(csv, header));
            if (result instanceof ImportUsers.Rejected rejected) {
                return problems.rejected(request, rejected);
            }
            return HttpResponse.ok(new UsersImportedResponse(((ImportUsers.Imported) result).count()));
        } catch (MalformedCsvException e) {
            return problems.malformed(request, e);
        } catch (UncheckedIOException e) {
            Optional<HttpException> exceeded = tooLarge(e);
            if (exceeded.isPresent()) {
                throw exceeded.get();
            }
            throw e;
        }
    }

    /** {@code text/csv} with no charset, or one UTF-8 can read (UTF-8 itself, or its ASCII subset). */
    private static boolean isCsvInUtf8(Optional<MediaType> contentType) {
        if (contentType.isEmpty() || !contentType.get().matches(MediaType.of(TEXT_CSV))) {
            return false;
        }
        Optional<Charset> charset = contentType.flatMap(MediaType::getCharset);
        return charset.isEmpty() || charset.get().equals(StandardCharsets.UTF_8)
                || charset.get().equals(StandardCharsets.US_ASCII);
    }

    /**
     * The framework's own refusal of a body that outgrew a limit while being streamed (no Content-Length
     * announced it), which its handlers answer 413: over the import limit, or, when the client sent
     * faster than the import began to read, over the buffering limit.
     */
    private static Optional<HttpException> tooLarge(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ContentLengthExceededException || t instanceof BufferLengthExceededException) {
                return Optional.of((HttpException) t);
            }
        }
        return Optional.empty();
    }
}
