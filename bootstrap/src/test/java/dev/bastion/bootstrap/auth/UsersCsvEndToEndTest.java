package dev.bastion.bootstrap.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.bootstrap.testing.Api;
import dev.bastion.bootstrap.testing.Api.Reply;
import dev.bastion.bootstrap.testing.ApiTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Users out to a CSV file and back in, through HTTP, with the real limits of application.yml. */
@MicronautTest(transactional = false)
class UsersCsvEndToEndTest extends ApiTest {

    static final String HEADER = "username,nickname,email,phone,deptId,status,roles,createdAt";

    private Api api;
    private String admin;

    @BeforeEach
    void signIn() {
        api = api();
        admin = signInAdmin();
    }

    private HttpResponse<String> export(String query) {
        return api.http().get("/api/v1/users/export" + query, "Authorization", "Bearer " + admin, "Accept", "text/csv");
    }

    private Reply importCsv(String csv) {
        return new Reply(api.http().send("POST", "/api/v1/users/import", "text/csv", csv,
                "Authorization", "Bearer " + admin), json);
    }

    private Map<String, Object> create(Map<String, Object> body) {
        Reply reply = api.post("/api/v1/users", admin, body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    private long total(String usernamePrefix) {
        return ((Number) api.get("/api/v1/users?username=" + usernamePrefix, admin).json().get("total")).longValue();
    }

    private static String tag() {
        return "c" + UUID.randomUUID().toString().substring(0, 6);
    }

    /** Each line without its last column (createdAt), which a re-import does not keep. */
    private static List<String> withoutCreatedAt(String csv) {
        return Arrays.stream(csv.split("\r\n")).map(line -> line.substring(0, line.lastIndexOf(','))).toList();
    }

    @Test
    void exportIsItsOwnRouteNotAUserId() {
        HttpResponse<String> exported = export("?username=admin&sort=createdAt,asc");
        Reply notAnId = api.get("/api/v1/users/exports", admin);

        assertThat(exported.statusCode()).as(exported.body()).isEqualTo(200);
        assertThat(exported.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type.replace(" ", "")).isEqualToIgnoringCase("text/csv;charset=utf-8"));
        assertThat(exported.headers().firstValue("Content-Disposition").orElseThrow())
                .matches("attachment; filename=\"users-\\d{4}-\\d{2}-\\d{2}\\.csv\"");
        assertThat(exported.body()).startsWith(HEADER + "\r\nadmin,admin,,," + ROOT + ",ENABLED,super_admin,");
        assertThat(notAnId.status()).isEqualTo(400);
        assertThat(notAnId.body()).contains("\"field\":\"id\"");
    }

    @Test
    void anExportImportedAgainGivesBackTheSameUsersWithoutPasswords() {
        String tag = tag();
        String dept = (String) api.post("/api/v1/depts", admin, Map.of("parentId", ROOT, "name", tag)).json().get("id");
        List<Map<String, Object>> created = List.of(
                create(Map.of("username", tag + "_ann", "password", "ann-password-1", "nickname", "Ann, \"the\" First",
                        "email", tag + "@example.com", "phone", "+1 555 0100", "deptId", dept,
                        "roleIds", List.of(SUPER_ADMIN_ROLE))),
                create(Map.of("username", tag + "_bob", "password", "bob-password-1", "nickname", "=1+1",
                        "deptId", dept, "status", "DISABLED")),
                create(Map.of("username", tag + "_cy", "password", "cy-password-12", "nickname", "Zoë 山田",
                        "deptId", dept)));
        String first = export("?deptId=" + dept + "&sort=username,asc").body();
        created.forEach(user -> assertThat(api.send("DELETE", "/api/v1/users/" + user.get("id"), admin, null)
                .status()).isEqualTo(204));

        Reply imported = importCsv(first);
        String second = export("?deptId=" + dept + "&sort=username,asc").body();

        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json()).isEqualTo(Map.of("imported", 3));
        assertThat(first.split("\r\n")).hasSize(4);
        assertThat(first).contains(",'=1+1,", ",'+1 555 0100,", "\"Ann, \"\"the\"\" First\"", ",super_admin,");
        assertThat(withoutCreatedAt(second)).isEqualTo(withoutCreatedAt(first));
        Reply signIn = api.post("/api/v1/auth/login", null, Map.of("username", tag + "_ann", "password", "ann-password-1"));
        assertThat(signIn.status()).as("imported users have no password").isEqualTo(401);
        assertThat(signIn.json()).containsEntry("code", "INVALID_CREDENTIALS");
    }

    @Test
    void anImportedUserSignsInOnlyAfterAnAdministratorSetsAPasswordAndMustChangeIt() {
        String name = tag() + "_new";
        assertThat(importCsv("username,email\r\n" + name + "," + name + "@example.com\r\n").status()).isEqualTo(200);
        Map<String, Object> user = ((List<Map<String, Object>>) api.get("/api/v1/users?username=" + name, admin)
                .json().get("items")).get(0);

        assertThat(user).containsEntry("mustChangePassword", true).containsEntry("deptId", ROOT)
                .containsEntry("status", "ENABLED").containsEntry("nickname", name);
        assertThat(api.send("PUT", "/api/v1/users/" + user.get("id") + "/password", admin,
                Map.of("password", "temporary-pass-9")).status()).isEqualTo(204);
        String token = (String) api.login(name, "temporary-pass-9").get("accessToken");
        assertThat(api.get("/api/v1/auth/me", token).json()).containsEntry("passwordChangeRequired", true);
    }

    @Test
    void aFileWithOneBadRowChangesNothingAndNamesTheRow() {
        String tag = tag();

        Reply refused = importCsv("username,email\r\n"
                + tag + "_one," + tag + "1@example.com\r\n"
                + tag + "_two,not-an-email\r\n"
                + tag + "_three," + tag + "3@example.com\r\n");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json()).containsEntry("code", "VALIDATION_ERROR")
                .containsEntry("detail", "1 error in 1 row; nothing was imported");
        assertThat(refused.json().get("errors")).isEqualTo(List.of(
                Map.of("field", "rows[3].email", "message", "must be a well-formed email address")));
        assertThat(total(tag)).isZero();
    }

    @Test
    void namesTakenInTheDatabaseOrTwiceInTheFileAndUnknownReferencesAreNamed() {
        String tag = tag();

        Reply refused = importCsv("username,deptId,roles\n"
                + "ADMIN,,\n"
                + tag + "_a,,\n"
                + tag + "_A,,\n"
                + tag + "_b," + UUID.randomUUID() + ",\n"
                + tag + "_c,,super_admin|no_such_role\n");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors")).isEqualTo(List.of(
                Map.of("field", "rows[2].username", "message", "is already taken"),
                Map.of("field", "rows[4].username", "message", "is the same as in row 3"),
                Map.of("field", "rows[5].deptId", "message", "no such department"),
                Map.of("field", "rows[6].roles", "message", "no such role: no_such_role")));
        assertThat(total(tag)).isZero();
    }

    @Test
    void anImportMayBeLargerThanAJsonBodyButAJsonBodyMayNot() {
        String tag = tag();
        String rows = IntStream.range(0, 16_000)
                .mapToObj(i -> String.format("%s_%05d,%s.%05d@example.com,Imported user number %05d of this test", tag, i, tag, i, i))
                .collect(Collectors.joining("\r\n"));
        String file = "username,email,nickname\r\n" + rows + "\r\n";
        String json = "{\"username\":\"" + "x".repeat(1_500_000) + "\"}";

        Reply imported = importCsv(file);
        Reply tooLarge = api.post("/api/v1/users", admin, json);

        assertThat(file.length()).isGreaterThan(1_048_576);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json()).containsEntry("imported", 16_000);
        assertThat(total(tag)).isEqualTo(16_000);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.json()).containsEntry("code", "PAYLOAD_TOO_LARGE");
    }

    @Test
    void badFilesAreRefusedWithoutTouchingAnything() {
        Reply empty = importCsv("");
        Reply json = new Reply(api.http().send("POST", "/api/v1/users/import", "application/json",
                "{\"username\":\"x\"}", "Authorization", "Bearer " + admin), this.json);
        Reply unknownColumn = importCsv("username,password\nsomeone,secret\n");

        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("\"field\":\"body\"");
        assertThat(json.status()).isEqualTo(415);
        assertThat(json.json()).containsEntry("code", "UNSUPPORTED_MEDIA_TYPE");
        assertThat(unknownColumn.status()).isEqualTo(400);
        assertThat(unknownColumn.body()).contains("\"field\":\"header\"", "unknown column 'password'");
    }

    @Test
    void exportAndImportNeedTheirPermissions() {
        String name = tag() + "_plain";
        create(Map.of("username", name, "password", "plain-password-1"));
        String token = (String) api.login(name, "plain-password-1").get("accessToken");

        HttpResponse<String> export = api.http().get("/api/v1/users/export", "Authorization", "Bearer " + token);
        HttpResponse<String> imported = api.http().send("POST", "/api/v1/users/import", "text/csv", "username\nzed\n",
                "Authorization", "Bearer " + token);

        assertThat(export.statusCode()).isEqualTo(403);
        assertThat(imported.statusCode()).isEqualTo(403);
        assertThat(total("zed")).isZero();
    }
}
