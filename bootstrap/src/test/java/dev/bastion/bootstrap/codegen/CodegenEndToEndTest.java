package dev.bastion.bootstrap.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.bootstrap.testing.Api;
import dev.bastion.bootstrap.testing.Api.Reply;
import dev.bastion.bootstrap.testing.ApiTest;
import io.micronaut.core.type.Argument;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The module generator over HTTP in the whole application: the preview lists what the command
 * line's dry run lists, the download zips the preview, the built-in admin role has both (and sees
 * them under Tools), others get 403, bad specs are refused naming the field, and nothing is
 * written on the server.
 */
@MicronautTest(transactional = false)
class CodegenEndToEndTest extends ApiTest {

    private static final String PREVIEW = "/api/v1/codegen/preview";
    private static final String DOWNLOAD = "/api/v1/codegen/download";
    /** Seeded by V16: the Tools directory and its Code generator screen. */
    private static final String TOOLS_MENU = "01936f6e-0000-7000-8000-000000000300";
    private static final String ADMIN_ROLE = "01936f6e-0000-7000-8000-000000000002";
    private static final String PASSWORD = "codegen-password-1";
    /** Tests run in bootstrap; the repository root is its parent. */
    private static final Path REPOSITORY = Path.of("").toAbsolutePath().getParent();
    private static final Path ASSET_SPEC = REPOSITORY.resolve("specs/asset.yml");

    private Api api;
    private String admin;

    @BeforeEach
    void signIn() {
        api = api();
        admin = signInAdmin();
    }

    private static Map<String, Object> assetSpec() throws IOException {
        return new Yaml().load(Files.readString(ASSET_SPEC));
    }

    @SuppressWarnings("unchecked")
    private static List<String> paths(Reply preview) {
        return ((List<Map<String, Object>>) preview.json().get("files")).stream()
                .map(file -> (String) file.get("path")).toList();
    }

    @Test
    void thePreviewListsTheFilesOfTheCommandLinesDryRun() throws Exception {
        Reply preview = api.post(PREVIEW, admin, assetSpec());

        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        assertThat(preview.json()).containsEntry("context", "assets");
        assertThat(paths(preview)).hasSize((Integer) preview.json().get("fileCount"))
                .containsExactlyElementsOf(dryRun());
    }

    /** The paths {@code GenerateModule --dry-run} prints for the sample spec, run as its own process. */
    private static List<String> dryRun() throws Exception {
        Path scratch = Files.createTempDirectory("codegen-dry-run");
        Files.createDirectories(scratch.resolve("modules"));
        Files.writeString(scratch.resolve("modules/pom.xml"), Files.readString(REPOSITORY.resolve("modules/pom.xml")));
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.bastion.tools.codegen.cli.GenerateModule",
                "--spec=" + ASSET_SPEC, "--into=" + scratch, "--dry-run=true")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output.lines().filter(line -> line.startsWith("would write: "))
                .map(line -> line.substring("would write: ".length())).toList();
    }

    @Test
    void theDownloadIsAZipOfThePreviewNamedAfterTheContext() throws Exception {
        Map<String, Object> spec = assetSpec();
        Reply preview = api.post(PREVIEW, admin, spec);

        HttpResponse<byte[]> download = download(spec, admin);

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(download.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"assets.zip\"");
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(download.body()), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        @SuppressWarnings("unchecked")
        Map<String, String> previewed = ((List<Map<String, Object>>) preview.json().get("files")).stream()
                .collect(Collectors.toMap(file -> (String) file.get("path"), file -> (String) file.get("content"),
                        (a, b) -> a, LinkedHashMap::new));
        assertThat(entries).containsExactlyEntriesOf(previewed);
    }

    /** POST /codegen/download as a browser sends it, taking the zip (or its error) as bytes. */
    private HttpResponse<byte[]> download(Map<String, Object> spec, String token) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURI() + DOWNLOAD))
                .header("Content-Type", "application/json").header("Accept", "application/zip, */*")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(spec)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** An error answer of the download, read as the problem it is. */
    private Map<String, Object> problem(HttpResponse<byte[]> answer) throws IOException {
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        return json.readValue(answer.body(), Argument.mapOf(String.class, Object.class));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAdminRoleHasTheGeneratorUnderToolsAndAUserWithoutItIsForbidden() throws IOException {
        String tag = "g" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String operator = user(tag + "admin", List.of(ADMIN_ROLE));
        String nobody = user(tag + "nobody", List.of());
        Map<String, Object> spec = assetSpec();

        assertThat(api.post(PREVIEW, operator, spec).status()).isEqualTo(200);
        List<Object> roots = api.get("/api/v1/auth/menus", operator).jsonArray();
        Map<String, Object> tools = roots.stream().map(root -> (Map<String, Object>) root)
                .filter(root -> TOOLS_MENU.equals(root.get("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no Tools directory in " + roots));
        assertThat(tools).containsEntry("name", "Tools").containsEntry("type", "DIRECTORY");
        assertThat((List<Map<String, Object>>) tools.get("children")).extracting(menu -> menu.get("name"))
                .containsExactly("Code generator");

        assertThat(download(spec, operator).statusCode()).isEqualTo(200);
        Reply refused = api.post(PREVIEW, nobody, spec);
        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.json()).containsEntry("code", "FORBIDDEN");
        HttpResponse<byte[]> refusedDownload = download(spec, nobody);
        assertThat(refusedDownload.statusCode()).isEqualTo(403);
        assertThat(problem(refusedDownload)).containsEntry("code", "FORBIDDEN");
        assertThat(api.post(PREVIEW, null, spec).status()).isEqualTo(401);
        assertThat(download(spec, null).statusCode()).isEqualTo(401);
    }

    private String user(String username, List<String> roleIds) {
        Reply created = api.post("/api/v1/users", admin, Map.of("username", username, "password", PASSWORD,
                "roleIds", roleIds));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return (String) api.login(username, PASSWORD).get("accessToken");
    }

    @Test
    @SuppressWarnings("unchecked")
    void badSpecsAreRefusedNamingTheFieldAndNothingIsWrittenOnTheServer() throws IOException {
        List<String> before = workingDirectory();
        Map<String, Map<String, Object>> bad = new LinkedHashMap<>();
        bad.put("aggregates[0].fields[1].name", Map.of("name", "class", "type", "string"));
        bad.put("aggregates[0].fields[2].name", Map.of("name", "tag", "type", "string"));
        bad.put("aggregates[0].fields[3].type", Map.of("name", "weight", "type", "float"));
        bad.put("aggregates[0].fields[4].name", Map.of("name", "purchased'On", "type", "date"));
        bad.put("aggregates[0].fields[5].name", Map.of("name", "notes;drop", "type", "text"));

        for (Map.Entry<String, Map<String, Object>> refused : bad.entrySet()) {
            int index = Integer.parseInt(refused.getKey().replaceAll(".*fields\\[(\\d+)].*", "$1"));
            Map<String, Object> spec = assetSpec();
            fields(spec).set(index, refused.getValue());
            Reply reply = api.post(PREVIEW, admin, spec);
            assertThat(reply.status()).as(reply.body()).isEqualTo(400);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
            assertThat(reply.json()).containsEntry("code", "VALIDATION_ERROR");
            assertThat(errors(reply)).extracting(error -> error.get("field")).containsExactly(refused.getKey());
            HttpResponse<byte[]> download = download(spec, admin);
            assertThat(download.statusCode()).isEqualTo(400);
            assertThat((List<Map<String, Object>>) problem(download).get("errors"))
                    .extracting(error -> error.get("field")).containsExactly(refused.getKey());
        }
        assertThat(download(assetSpec(), admin).statusCode()).isEqualTo(200);
        assertThat(workingDirectory()).isEqualTo(before);
        assertThat(REPOSITORY.resolve("bootstrap/modules")).doesNotExist();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aWrongShapeIsRefusedNamingTheFieldAndAnAbsurdBodyIsTooLarge() throws IOException {
        Map<String, Object> spec = assetSpec();
        fields(spec).set(0, "tag");
        Reply reply = api.post(PREVIEW, admin, spec);
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        // the key on the field that is now missing is named as well: every problem at once
        assertThat(errors(reply)).extracting(error -> error.get("field"))
                .containsExactly("aggregates[0].fields[0]", "aggregates[0].uniqueKeys[0][0]");

        // over BASTION_MAX_BODY_SIZE (1MB by default): refused before the generator sees it
        List<Object> fields = new ArrayList<>();
        for (int f = 0; f < 20_000; f++) {
            fields.add(Map.of("name", "field" + f, "type", "string", "maxLength", 40, "search", true));
        }
        ((Map<String, Object>) ((List<Object>) spec.get("aggregates")).get(0)).put("fields", fields);
        Reply tooLarge = api.post(PREVIEW, admin, spec);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.json()).containsEntry("code", "PAYLOAD_TOO_LARGE");
    }

    @SuppressWarnings("unchecked")
    private static List<Object> fields(Map<String, Object> spec) {
        return (List<Object>) ((Map<String, Object>) ((List<Object>) spec.get("aggregates")).get(0)).get("fields");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> errors(Reply reply) {
        return (List<Map<String, Object>>) reply.json().get("errors");
    }

    /** Every file under the server's working directory (build output aside), with its size and modification time. */
    private static List<String> workingDirectory() throws IOException {
        Path here = Path.of("").toAbsolutePath();
        try (Stream<Path> files = Files.walk(here)) {
            return files.filter(file -> !file.startsWith(here.resolve("target"))).map(file -> {
                try {
                    return here.relativize(file) + " " + Files.size(file) + " " + Files.getLastModifiedTime(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sorted().toList();
        }
    }
}
