package dev.bastion.bootstrap.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A plain JDK HTTP client against the running server: tests see exactly the status, headers
 * and bytes a consumer would, with no framework decoding in between.
 */
public final class Http {

    private final URI base;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public Http(URI base) {
        this.base = base;
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET().build());
    }

    public HttpResponse<String> send(String method, String path, String contentType, String body,
                                     String... headers) {
        HttpRequest.Builder builder = request(path, headers)
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.build());
    }

    public HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return builder;
    }

    /** What came back: status, content type and body text. */
    public record Answer(int status, String contentType, String body) {
    }

    /**
     * Sends {@code request} to an operation that may answer with an event stream: a 2xx stream is
     * closed as soon as its headers came (its body would never end), anything else read whole.
     */
    public Answer sendExpectingStream(HttpRequest request) {
        try {
            HttpResponse<java.io.InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            String type = response.headers().firstValue("Content-Type").orElse("");
            try (java.io.InputStream body = response.body()) {
                if (response.statusCode() < 300 && type.startsWith("text/event-stream")) {
                    return new Answer(response.statusCode(), type, "");
                }
                return new Answer(response.statusCode(), type,
                        new String(body.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
