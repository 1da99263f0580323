package dev.bastion.adapters.rest.testing;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** One request and its raw answer (the test client does not throw on error statuses, see application-test.yml). */
public record Exchange(int status, HttpResponse<String> response, String body, JsonMapper json) {

    public static Exchange send(HttpClient client, JsonMapper json, HttpRequest<?> request) {
        HttpResponse<String> response = client.toBlocking().exchange(request, Argument.STRING, Argument.STRING);
        return new Exchange(response.code(), response, response.getBody(String.class).orElse(""), json);
    }

    public String header(String name) {
        return response.getHeaders().get(name);
    }

    public String contentType() {
        return header("Content-Type");
    }

    public Map<String, Object> jsonBody() {
        try {
            return json.readValue(body, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + body, e);
        }
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> errors() {
        return (List<Map<String, Object>>) jsonBody().get("errors");
    }
}
