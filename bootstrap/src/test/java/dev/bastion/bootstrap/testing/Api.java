package dev.bastion.bootstrap.testing;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** JSON calls against the running server, as a client of the API would make them. */
public final class Api {

    private final Http http;
    private final JsonMapper json;

    public Api(URI base, JsonMapper json) {
        this.http = new Http(base);
        this.json = json;
    }

    public Http http() {
        return http;
    }

    public Reply get(String path, String token) {
        return reply(http.get(path, headers(token)));
    }

    public Reply send(String method, String path, String token, Object body) {
        return reply(http.send(method, path, "application/json", body == null ? "" : write(body), headers(token)));
    }

    public Reply post(String path, String token, Object body) {
        return send("POST", path, token, body);
    }

    /** Signs in and returns the token response. */
    public Map<String, Object> login(String username, String password) {
        Reply reply = post("/api/v1/auth/login", null, Map.of("username", username, "password", password));
        if (reply.status() != 200) {
            throw new AssertionError("login of " + username + " failed: " + reply);
        }
        return reply.json();
    }

    private static String[] headers(String token) {
        List<String> headers = new ArrayList<>(List.of("Accept", "application/json"));
        if (token != null) {
            headers.add("Authorization");
            headers.add("Bearer " + token);
        }
        return headers.toArray(String[]::new);
    }

    private String write(Object body) {
        try {
            return body instanceof String text ? text : json.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Reply reply(HttpResponse<String> response) {
        return new Reply(response, json);
    }

    /** A response with its body read as JSON on demand. */
    public record Reply(HttpResponse<String> response, JsonMapper mapper) {

        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public Map<String, Object> json() {
            try {
                return mapper.readValue(response.body(), Argument.mapOf(String.class, Object.class));
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + response.body(), e);
            }
        }

        public List<Object> jsonArray() {
            try {
                return mapper.readValue(response.body(), Argument.listOf(Object.class));
            } catch (IOException e) {
                throw new UncheckedIOException("not a JSON array: " + response.body(), e);
            }
        }

        @Override
        public String toString() {
            return response.statusCode() + " " + response.body();
        }
    }
}
