package dev.bastion.adapters.rest.docs;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Serves the OpenAPI document ({@code /openapi.yml}, a static resource) as {@code application/yaml}
 * (RFC 9512): Micronaut's extension table does not know {@code .yml} and would say {@code text/plain}.
 */
@ServerFilter(OpenApiContentTypeFilter.DOCUMENT_PATH)
public class OpenApiContentTypeFilter {

    /** Where the OpenAPI document is served. */
    public static final String DOCUMENT_PATH = "/openapi.yml";

    /** RFC 9512 media type of YAML. */
    public static final MediaType YAML = MediaType.of("application/yaml");

    @ResponseFilter
    public void yaml(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.getStatus() == HttpStatus.OK) {
            response.contentType(YAML);
        }
    }
}
