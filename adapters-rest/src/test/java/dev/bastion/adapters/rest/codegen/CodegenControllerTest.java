package dev.bastion.adapters.rest.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.adapters.rest.security.AccessTokens;
import dev.bastion.adapters.rest.testing.Exchange;
import dev.bastion.adapters.rest.testing.FakeUseCases;
import dev.bastion.tools.codegen.GeneratedFile;
import dev.bastion.tools.codegen.ModuleGenerator;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The generator over HTTP with nothing faked but the caller: the preview lists what the generator
 * makes of a spec, the download zips the same files, each needs its permission, and every kind of
 * bad spec (or wrong JSON shape) is refused naming the field by its path in the body.
 */
@MicronautTest
class CodegenControllerTest {

    private static final String PREVIEW = "/api/v1/codegen/preview";
    private static final String DOWNLOAD = "/api/v1/codegen/download";
    /** The repository's sample spec; tests run in adapters-rest. */
    private static final Path ASSET_SPEC = Path.of("..", "specs", "asset.yml");

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    JsonMapper json;
    @Inject
    AccessTokens accessTokens;

    private String admin;

    private String token(String... permissions) {
        return FakeUseCases.signedIn(accessTokens, permissions);
    }

    @BeforeEach
    void signIn() {
        admin = token("tool:codegen:*");
    }

    private Exchange post(String path, String body, String token) {
        return Exchange.send(client, json, HttpRequest.POST(path, body)
                .contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(token));
    }

    private Exchange preview(Object spec) throws IOException {
        return post(PREVIEW, json.writeValueAsString(spec), admin);
    }

    private static Map<String, Object> assetSpec() throws IOException {
        return new Yaml().load(Files.readString(ASSET_SPEC));
    }

    private static void assertInvalid(Exchange exchange, String field, String message) {
        assertThat(exchange.status()).as(exchange.body()).isEqualTo(400);
        assertThat(exchange.contentType()).startsWith("application/problem+json");
        assertThat(exchange.jsonBody()).containsEntry("code", "VALIDATION_ERROR");
        assertThat(exchange.errors()).as(exchange.body()).anySatisfy(error -> assertThat(error)
                .containsEntry("field", field)
                .hasEntrySatisfying("message", text -> assertThat((String) text).contains(message)));
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePreviewListsWhatTheGeneratorMakesOfTheSpec() throws IOException {
        Exchange previewed = preview(assetSpec());

        assertThat(previewed.status()).as(previewed.body()).isEqualTo(200);
        List<GeneratedFile> expected = new ModuleGenerator().generate(
                ModuleGenerator.readYaml(Files.readString(ASSET_SPEC)));
        Map<String, Object> body = previewed.jsonBody();
        assertThat(body).containsEntry("context", "assets").containsEntry("fileCount", expected.size());
        List<Map<String, Object>> files = (List<Map<String, Object>>) body.get("files");
        assertThat(files).extracting(file -> new GeneratedFile((String) file.get("path"), (String) file.get("content")))
                .containsExactlyElementsOf(expected);
        assertThat(files).extracting(file -> (String) file.get("path"))
                .contains("modules/assets/pom.xml").allMatch(path -> path.startsWith("modules/assets/"));
    }

    @Test
    void theDownloadZipsTheSameFilesNamedAfterTheContext() throws IOException {
        HttpResponse<byte[]> downloaded = client.toBlocking().exchange(HttpRequest.POST(DOWNLOAD,
                        json.writeValueAsString(assetSpec())).contentType(MediaType.APPLICATION_JSON_TYPE)
                .accept("application/zip").bearerAuth(admin), Argument.of(byte[].class), Argument.STRING);

        assertThat(downloaded.code()).isEqualTo(200);
        assertThat(downloaded.getHeaders().get("Content-Type")).isEqualTo("application/zip");
        assertThat(downloaded.getHeaders().get("Content-Disposition")).isEqualTo("attachment; filename=\"assets.zip\"");
        List<GeneratedFile> expected = new ModuleGenerator().generate(
                ModuleGenerator.readYaml(Files.readString(ASSET_SPEC)));
        assertThat(unzip(downloaded.body())).containsExactlyElementsOf(expected);
    }

    static List<GeneratedFile> unzip(byte[] zip) throws IOException {
        List<GeneratedFile> entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.add(new GeneratedFile(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
        return entries;
    }

    @Test
    void eachOperationNeedsItsOwnPermission() throws IOException {
        String previewer = token("tool:codegen:preview");
        String body = json.writeValueAsString(assetSpec());

        assertThat(post(PREVIEW, body, previewer).status()).isEqualTo(200);
        Exchange refused = post(DOWNLOAD, body, previewer);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.jsonBody()).containsEntry("code", "FORBIDDEN");
        assertThat(post(PREVIEW, body, token("tool:codegen:download")).status()).isEqualTo(403);
        assertThat(post(PREVIEW, body, token()).status()).isEqualTo(403);
    }

    @Test
    void aBadSpecIsRefusedNamingEachFieldByItsPath() throws IOException {
        assertInvalid(preview(withField(0, 1, Map.of("name", "class", "type", "string"))),
                "aggregates[0].fields[1].name", "Java reserved word");
        assertInvalid(preview(withField(0, 1, Map.of("name", "tag", "type", "string"))),
                "aggregates[0].fields[1].name", "duplicate");
        assertInvalid(preview(withField(0, 1, Map.of("name", "weight", "type", "float"))),
                "aggregates[0].fields[1].type", "unknown type");
        assertInvalid(preview(withField(0, 1, Map.of("name", "lab'el", "type", "string"))),
                "aggregates[0].fields[1].name", "quote, a semicolon or a space");
        assertInvalid(preview(withField(1, 0, Map.of("name", "at;drop", "type", "instant"))),
                "aggregates[1].fields[0].name", "quote, a semicolon or a space");
        Map<String, Object> spec = assetSpec();
        spec.put("context", "as'sets");
        assertInvalid(preview(spec), "context", "quote, a semicolon or a space");
    }

    @Test
    void everyProblemIsNamedAtOnceAndTheDownloadRefusesAlike() throws IOException {
        Map<String, Object> spec = withField(0, 1, Map.of("name", "class", "type", "string"));
        fields(spec, 1).set(0, Map.of("name", "inspectedAt", "type", "clock"));

        Exchange refused = post(DOWNLOAD, json.writeValueAsString(spec), admin);

        assertInvalid(refused, "aggregates[0].fields[1].name", "Java reserved word");
        assertInvalid(refused, "aggregates[1].fields[0].type", "unknown type");
        assertThat(refused.jsonBody()).containsEntry("detail", "2 fields are invalid");
    }

    @Test
    void aBodyOfTheWrongShapeIsRefusedNamingTheField() throws IOException {
        Map<String, Object> spec = assetSpec();
        spec.put("aggregates", "Asset");
        assertInvalid(preview(spec), "aggregates", "must be a list");
        spec = assetSpec();
        aggregates(spec).set(0, "Asset");
        assertInvalid(preview(spec), "aggregates[0]", "must be a mapping");
        assertInvalid(preview(withField(0, 2, "status")), "aggregates[0].fields[2]", "must be a mapping");
        assertInvalid(preview(withField(0, 2, Map.of("name", List.of("status"), "type", "enum"))),
                "aggregates[0].fields[2].name", "must be text");
        assertInvalid(preview(withField(0, 2, Map.of("name", "status", "type", "string", "maxLength", "long"))),
                "aggregates[0].fields[2].maxLength", "must be a number");
        spec = assetSpec();
        spec.put("contxet", "assets");
        assertInvalid(preview(spec), "contxet", "unknown key");
        assertInvalid(preview(Map.of()), "context", "is required");
        assertInvalid(post(PREVIEW, "[\"context\"]", admin), "body", "");
        assertInvalid(post(PREVIEW, "\"assets\"", admin), "body", "");
        assertInvalid(post(PREVIEW, "{\"context\":", admin), "body", "valid JSON");
        assertInvalid(post(PREVIEW, "", admin), "body", "required");
    }

    @Test
    void aSpecAtTheGeneratorsLimitsIsServedAndOnePastThemIsRefused() throws IOException {
        Map<String, Object> widest = new LinkedHashMap<>(Map.of("context", "widest"));
        List<Object> aggregates = new ArrayList<>();
        for (int a = 0; a < 20; a++) {
            List<Object> fields = new ArrayList<>();
            for (int f = 0; f < 60; f++) {
                fields.add(Map.of("name", "field" + f, "type", "string", "maxLength", 40));
            }
            aggregates.add(Map.of("name", "Thing" + (char) ('A' + a), "fields", fields));
        }
        widest.put("aggregates", aggregates);

        Exchange served = preview(widest);
        assertThat(served.status()).as(served.body()).isEqualTo(200);
        assertThat(served.jsonBody()).containsEntry("context", "widest");

        widest.put("aggregates", List.of(Map.of("name", "Thing", "fields",
                java.util.stream.IntStream.range(0, 61).mapToObj(f -> Map.of("name", "field" + f, "type", "text")).toList())));
        assertInvalid(preview(widest), "aggregates[0].fields", "1 to 60 entries");
        aggregates.add(Map.of("name", "ThingZ", "fields", List.of(Map.of("name", "n", "type", "text"))));
        widest.put("aggregates", aggregates);
        assertInvalid(preview(widest), "aggregates", "1 to 20 entries");
    }

    @Test
    void aBodyOverTheServersLimitIsRefusedAsTooLarge() throws IOException {
        Map<String, Object> spec = assetSpec();
        // the test server buffers at most 128KB (application-test.yml); the real one, BASTION_MAX_BODY_SIZE
        spec.put("context", "x".repeat(300_000));

        Exchange refused = preview(spec);

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.jsonBody()).containsEntry("code", "PAYLOAD_TOO_LARGE");
    }

    private static Map<String, Object> withField(int aggregate, int index, Object field) throws IOException {
        Map<String, Object> spec = assetSpec();
        fields(spec, aggregate).set(index, field);
        return spec;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> aggregates(Map<String, Object> spec) {
        return (List<Object>) spec.get("aggregates");
    }

    @SuppressWarnings("unchecked")
    private static List<Object> fields(Map<String, Object> spec, int aggregate) {
        return (List<Object>) ((Map<String, Object>) aggregates(spec).get(aggregate)).get("fields");
    }
}
