package dev.bastion.adapters.rest.docs;

import dev.bastion.adapters.rest.testing.Exchange;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated document and the swagger-ui page, served through the same static-resource
 * mappings bootstrap uses (application-test.yml), without a token.
 */
@MicronautTest
class OpenApiDocsTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    private Exchange get(String path) {
        return Exchange.send(client, json, HttpRequest.GET(path));
    }

    @Test
    void openApiDocumentIsServedAsYamlWithTheBearerScheme() {
        Exchange exchange = get("/openapi.yml");

        assertThat(exchange.status()).isEqualTo(200);
        assertThat(exchange.contentType()).startsWith("application/yaml");
        assertThat(exchange.header("X-Request-Id")).isNotNull();
        assertThat(exchange.body()).startsWith("openapi: 3.")
                .contains("title: Bastion", "version: v1", "problem+json")
                .contains("bearerAuth:", "type: http", "scheme: bearer", "bearerFormat: JWT")
                .doesNotContain("/probe");
    }

    @Test
    void docsPageIsSwaggerUiWithAndWithoutTrailingSlash() {
        for (String path : new String[]{"/docs", "/docs/", "/docs/index.html"}) {
            Exchange exchange = get(path);

            assertThat(exchange.status()).as(path).isEqualTo(200);
            assertThat(exchange.contentType()).as(path).startsWith("text/html");
            assertThat(exchange.body()).as(path).contains("swagger-ui", "/openapi.yml", "/docs/res/swagger-ui-bundle.js");
        }
    }

    @Test
    void swaggerUiResourcesAreServed() {
        Exchange exchange = get("/docs/res/swagger-ui-bundle.js");

        assertThat(exchange.status()).isEqualTo(200);
        assertThat(exchange.contentType()).startsWith("application/javascript");
    }

    @Test
    void onlyTheYamlDocumentIsExposed() {
        Exchange exchange = get("/openapi.json");

        assertThat(exchange.status()).isEqualTo(404);
        assertThat(exchange.contentType()).startsWith("application/problem+json");
    }
}
