package dev.bastion.adapters.rest.identity.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.adapters.rest.security.AccessTokens;
import dev.bastion.adapters.rest.testing.Exchange;
import dev.bastion.adapters.rest.testing.FakeUseCases;
import dev.bastion.application.identity.csv.ExportUsers.ExportedUser;
import dev.bastion.application.identity.csv.ImportUsers;
import dev.bastion.domain.identity.UserQuery;
import dev.bastion.domain.identity.UserSort;
import dev.bastion.domain.identity.UserStatus;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.shared.Email;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The CSV operations on users over HTTP, with the use cases faked: format, limits, refusals. */
@MicronautTest
class UserCsvControllerTest {

    private static final String CSV = "text/csv";
    private static final Instant CREATED = Instant.parse("2026-11-25T19:08:38.123456Z");

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    JsonMapper json;
    @Inject
    AccessTokens accessTokens;
    @Inject
    EmbeddedServer server;

    private String exporter;
    private String importer;
    private String nobody;

    private String token(String... permissions) {
        return FakeUseCases.signedIn(accessTokens, permissions);
    }

    @BeforeEach
    void tokens() {
        exporter = token("system:user:export");
        importer = token("system:user:import");
        nobody = token("system:user:list", "system:user:read");
    }

    @AfterEach
    void reset() {
        FakeUseCases.EXPORTED.clear();
        FakeUseCases.EXPORT_ASKED.clear();
        FakeUseCases.EXPORT_FAILS_AFTER_THE_LAST.set(false);
        FakeUseCases.IMPORTED_ROWS.clear();
        FakeUseCases.IMPORT_ANSWER = rows -> new ImportUsers.Imported(rows.size());
    }

    private Exchange export(String query, String token) {
        return Exchange.send(client, json, HttpRequest.GET("/api/v1/users/export" + query).bearerAuth(token));
    }

    private Exchange importCsv(String body, String token) {
        return importBytes(body.getBytes(StandardCharsets.UTF_8), CSV, token);
    }

    private Exchange importBytes(byte[] body, String contentType, String token) {
        return Exchange.send(client, json, HttpRequest.POST("/api/v1/users/import", body)
                .contentType(contentType).bearerAuth(token));
    }

    private static ExportedUser exported(String name, String nickname, String email, String phone,
                                         UserStatus status, List<String> roles) {
        return new ExportedUser(name, nickname == null ? name : nickname, email, phone, DeptId.ROOT, status, roles,
                CREATED);
    }

    private static void assertInvalid(Exchange exchange, String field, String messagePart) {
        assertThat(exchange.status()).as(exchange.body()).isEqualTo(400);
        assertThat(exchange.contentType()).startsWith("application/problem+json");
        assertThat(exchange.jsonBody()).containsEntry("code", "VALIDATION_ERROR")
                .containsEntry("instance", "/api/v1/users/import");
        assertThat(exchange.errors()).anySatisfy(error -> {
            assertThat(error.get("field")).isEqualTo(field);
            assertThat((String) error.get("message")).contains(messagePart);
        });
    }

    // --- export ------------------------------------------------------------------------------------------------

    @Test
    void theExportIsAUtf8CsvAttachmentWithAHeaderAndOneLinePerUser() {
        FakeUseCases.EXPORTED.add(exported("ann", "Ann, \"the\" Admin", "ann@example.com", "+1 555 0100",
                UserStatus.ENABLED, List.of("admin", "user")));
        FakeUseCases.EXPORTED.add(exported("bob", "Zoë 山田", null, null, UserStatus.DISABLED, List.of()));

        Exchange exchange = export("", exporter);

        assertThat(exchange.status()).as(exchange.body()).isEqualTo(200);
        assertThat(exchange.contentType()).isEqualToIgnoringWhitespace("text/csv;charset=utf-8");
        assertThat(exchange.header("Content-Disposition")).isEqualTo("attachment; filename=\"users-"
                + LocalDate.now(ZoneOffset.UTC) + ".csv\"");
        assertThat(exchange.header("Cache-Control")).isEqualTo("no-store");
        assertThat(exchange.body()).isEqualTo(
                "username,nickname,email,phone,deptId,status,roles,createdAt\r\n"
                + "ann,\"Ann, \"\"the\"\" Admin\",ann@example.com,'+1 555 0100," + DeptId.ROOT
                + ",ENABLED,admin|user,2026-11-25T19:08:38.123456Z\r\n"
                + "bob,Zoë 山田,,," + DeptId.ROOT + ",DISABLED,,2026-11-25T19:08:38.123456Z\r\n");
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasAreGuarded() {
        FakeUseCases.EXPORTED.add(exported("-carl", "=HYPERLINK(\"http://evil\",\"x\")", null, null,
                UserStatus.ENABLED, List.of()));
        FakeUseCases.EXPORTED.add(exported("dave", "@SUM(1)", null, null, UserStatus.ENABLED, List.of()));

        String body = export("", exporter).body();

        assertThat(body).contains("'-carl,\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",")
                .contains("dave,'@SUM(1),");
    }

    @Test
    void anEmptyExportIsTheHeaderLine() {
        assertThat(export("", exporter).body()).isEqualTo("username,nickname,email,phone,deptId,status,roles,createdAt\r\n");
    }

    @Test
    void manyUsersAreStreamedToTheLast() {
        IntStream.range(0, 3000).forEach(i -> FakeUseCases.EXPORTED.add(
                exported("user" + i, null, null, null, UserStatus.ENABLED, List.of())));

        String[] lines = export("", exporter).body().split("\r\n");

        assertThat(lines).hasSize(3001);
        assertThat(lines[3000]).startsWith("user2999,user2999,");
    }

    @Test
    void aFailureDuringTheDownloadCutsItShortInsteadOfEndingTheFileCleanly() {
        IntStream.range(0, 3000).forEach(i -> FakeUseCases.EXPORTED.add(
                exported("user" + i, null, null, null, UserStatus.ENABLED, List.of())));
        FakeUseCases.EXPORT_FAILS_AFTER_THE_LAST.set(true);

        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> java.net.http.HttpClient.newHttpClient()
                .send(java.net.http.HttpRequest.newBuilder(server.getURI().resolve("/api/v1/users/export"))
                        .header("Authorization", "Bearer " + exporter).build(), HttpResponse.BodyHandlers.ofString()));

        assertThat(failure).as("a truncated download must not look complete").isInstanceOf(IOException.class);
    }

    @Test
    void theExportTakesTheFiltersAndSortOfTheListing() {
        DeptId dept = DeptId.newId();

        Exchange exchange = export("?username=ab&status=DISABLED&deptId=" + dept + "&sort=username,desc", exporter);

        assertThat(exchange.status()).isEqualTo(200);
        assertThat(FakeUseCases.EXPORT_ASKED).containsExactly(new UserQuery("ab", UserStatus.DISABLED, dept),
                UserSort.USERNAME_DESC);
    }

    @Test
    void badFiltersAreNamed() {
        for (String[] bad : new String[][]{{"?status=GONE", "status"}, {"?deptId=nope", "deptId"},
                {"?sort=email,asc", "sort"}, {"?username=" + "x".repeat(65), "username"}}) {
            Exchange exchange = export(bad[0], exporter);

            assertThat(exchange.status()).as(bad[0]).isEqualTo(400);
            assertThat(exchange.errors()).extracting(error -> error.get("field")).as(bad[0]).containsExactly(bad[1]);
        }
    }

    @Test
    void theExportNeedsItsPermission() {
        assertThat(Exchange.send(client, json, HttpRequest.GET("/api/v1/users/export")).status()).isEqualTo(401);
        assertThat(export("", nobody).status()).isEqualTo(403);
        assertThat(export("", importer).status()).isEqualTo(403);
    }

    // --- import ------------------------------------------------------------------------------------------------

    @Test
    void columnsAreFoundByHeaderNameInAnyOrderAndCellsAreReadAsTheExportWroteThem() {
        Exchange exchange = importCsv("\uFEFFroles,Email,username,phone,createdAt\r\n"
                + "\" admin | user \",ann@example.com,ann,'+1 555 0100,2026-01-01T00:00:00Z\r\n"
                + "\r\n"
                + ",,\"b,ob\",,\r\n", importer);

        assertThat(exchange.status()).as(exchange.body()).isEqualTo(200);
        assertThat(exchange.jsonBody()).isEqualTo(Map.of("imported", 2));
        assertThat(FakeUseCases.IMPORTED_ROWS).containsExactly(
                new ImportUsers.Line(2, "ann", null, "ann@example.com", "+1 555 0100", null, null,
                        List.of("admin", "user")),
                new ImportUsers.Line(4, "b,ob", null, null, null, null, null, List.of()));
    }

    @Test
    void aRefusedImportNamesEachProblemByRowAndColumnAndCountsThem() {
        FakeUseCases.IMPORT_ANSWER = rows -> new ImportUsers.Rejected(List.of(
                new ImportUsers.RowError(3, "email", "must be a well-formed email address"),
                new ImportUsers.RowError(5, "username", "is already taken")), 140, 120);

        Exchange exchange = importCsv("username\na\nb\nc\nd\n", importer);

        assertInvalid(exchange, "rows[3].email", "must be a well-formed email address");
        assertThat(exchange.errors()).extracting(error -> error.get("field"))
                .containsExactly("rows[3].email", "rows[5].username");
        assertThat(exchange.jsonBody().get("detail"))
                .isEqualTo("140 errors in 120 rows; the first 2 are listed; nothing was imported");
    }

    @Test
    void anEmptyFileIsRefusedOnTheBody() {
        assertInvalid(importCsv("", importer), "body", "header line");
        assertInvalid(importCsv("\uFEFF", importer), "body", "header line");
    }

    @Test
    void aHeaderWithoutUsernameOrWithAnUnknownOrRepeatedColumnIsRefusedByName() {
        assertInvalid(importCsv("nickname,email\nAnn,ann@example.com\n", importer), "header", "username column");
        assertInvalid(importCsv("ann,Ann\n", importer), "header", "unknown column 'ann'");
        assertInvalid(importCsv("username,password\nann,secret\n", importer), "header", "unknown column 'password'");
        assertInvalid(importCsv("username,email,EMAIL\nann,a@x.io,b@x.io\n", importer), "header",
                "column 'email' appears twice");
        assertThat(FakeUseCases.IMPORTED_ROWS).isEmpty();
    }

    @Test
    void malformedRowsAreRefusedWithTheirRowNumber() {
        assertInvalid(importCsv("username,email\nann,a@x.io\nbob\n", importer), "rows[3]",
                "has 1 values but the header has 2 columns");
        assertInvalid(importCsv("username,nickname\nann,\"never closed\n", importer), "rows[2]",
                "never closed");
        assertInvalid(importCsv("username\n\"ann\"x\n", importer), "rows[2]", "text after a closing quote");
        assertInvalid(importBytes("username\nJos\u00e9\n".getBytes(StandardCharsets.ISO_8859_1), CSV, importer),
                "body", "is not UTF-8 text");
    }

    @Test
    void onlyCsvInUtf8IsAccepted() {
        Exchange json = importBytes("{\"username\":\"ann\"}".getBytes(StandardCharsets.UTF_8),
                MediaType.APPLICATION_JSON, importer);
        Exchange latin1 = importBytes("username\nann\n".getBytes(StandardCharsets.UTF_8),
                "text/csv; charset=ISO-8859-1", importer);
        Exchange utf8 = importBytes("username\nann\n".getBytes(StandardCharsets.UTF_8),
                "text/csv; charset=utf-8", importer);

        assertThat(json.status()).isEqualTo(415);
        assertThat(json.contentType()).startsWith("application/problem+json");
        assertThat(latin1.status()).isEqualTo(415);
        assertThat(latin1.jsonBody()).containsEntry("code", "UNSUPPORTED_MEDIA_TYPE");
        assertThat(utf8.status()).isEqualTo(200);
        assertThat(importBytes("username\nann\n".getBytes(StandardCharsets.UTF_8), "text/plain", importer).status())
                .isEqualTo(415);
    }

    @Test
    void aNulInAFilterIsNamedNotAServerError() {
        Exchange nul = export("?username=ab%00c", exporter);
        Exchange withoutPermission = export("?username=%00", nobody);

        assertThat(nul.status()).as(nul.body()).isEqualTo(400);
        assertThat(nul.errors()).singleElement().satisfies(error -> assertThat(error)
                .containsEntry("field", "username").containsEntry("message",
                        "must not contain NUL characters or unpaired UTF-16 surrogates"));
        assertThat(withoutPermission.status()).as("the permission first").isEqualTo(403);
    }

    @Test
    void authenticationAndPermissionComeBeforeTheContentType() {
        byte[] json = "{\"username\":\"ann\"}".getBytes(StandardCharsets.UTF_8);

        Exchange anonymous = Exchange.send(client, this.json, HttpRequest.POST("/api/v1/users/import", json)
                .contentType(MediaType.APPLICATION_JSON));
        Exchange withoutPermission = importBytes(json, MediaType.APPLICATION_JSON, nobody);
        Exchange noType = Exchange.send(client, this.json, HttpRequest.POST("/api/v1/users/import", json)
                .bearerAuth(importer));

        assertThat(anonymous.status()).as(anonymous.body()).isEqualTo(401);
        assertThat(withoutPermission.status()).as(withoutPermission.body()).isEqualTo(403);
        assertThat(withoutPermission.jsonBody()).containsEntry("code", "FORBIDDEN");
        assertThat(noType.status()).isEqualTo(415);
    }

    @Test
    void aFileOverTheImportLimitIs413WhetherItsLengthIsAnnouncedOrNot() throws Exception {
        // The test limit for streamed bodies is 256KB (application-test.yml).
        byte[] big = ("username\n" + "some_user_name\n".repeat(20_000)).getBytes(StandardCharsets.UTF_8);

        Exchange announced = importBytes(big, CSV, importer);
        HttpResponse<String> chunked = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(server.getURI().resolve("/api/v1/users/import"))
                        .header("Content-Type", CSV)
                        .header("Authorization", "Bearer " + importer)
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(announced.status()).isEqualTo(413);
        assertThat(announced.jsonBody()).containsEntry("code", "PAYLOAD_TOO_LARGE");
        assertThat(announced.header("Connection")).as("the unread rest of the body blocks the connection")
                .isEqualTo("close");
        assertThat(importCsv("username\nann\n", importer).status()).as("the next request gets through").isEqualTo(200);
        assertThat(chunked.statusCode()).as(chunked.body()).isEqualTo(413);
        assertThat(chunked.body()).contains("PAYLOAD_TOO_LARGE");
    }

    @Test
    void aFileLargerThanTheJsonLimitButUnderTheImportLimitIsRead() {
        // 150KB: over the 128KB a JSON body may have, under the 256KB of an import (application-test.yml).
        String body = "username\n" + "some_user_name\n".repeat(10_000);

        Exchange exchange = importCsv(body, importer);

        assertThat(exchange.status()).as(exchange.body()).isEqualTo(200);
        assertThat(exchange.jsonBody()).containsEntry("imported", 10_000);
    }

    @Test
    void theImportNeedsItsPermission() throws IOException {
        assertThat(Exchange.send(client, json, HttpRequest.POST("/api/v1/users/import", "username\nann\n")
                .contentType(CSV)).status()).isEqualTo(401);
        assertThat(importCsv("username\nann\n", nobody).status()).isEqualTo(403);
        assertThat(importCsv("not even, a valid\" header", exporter).status()).isEqualTo(403);
        assertThat(FakeUseCases.IMPORTED_ROWS).isEmpty();
    }
}
