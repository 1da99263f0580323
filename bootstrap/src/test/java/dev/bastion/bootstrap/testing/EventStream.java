package dev.bastion.bootstrap.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Server-Sent Events client as a browser's {@code EventSource} reads a stream: lines are
 * gathered into events (a comment, or a named event with its id and data) as they arrive, and the
 * end of the stream is an event of its own ({@link #END}).
 */
public final class EventStream implements AutoCloseable {

    /** What {@link #next} answers once the server closed the stream. */
    public static final Received END = new Received(null, null, null, null);

    /** One event: a comment ({@code comment} set) or a named event with its id and data. */
    public record Received(String comment, String name, String id, String data) {

        public boolean isComment() {
            return comment != null;
        }
    }

    private final BlockingQueue<Received> events = new LinkedBlockingQueue<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private EventStream(HttpRequest request) {
        response = client.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        response.thenAcceptAsync(this::read);
    }

    /** Opens {@code path} on {@code base} with {@code headers} (name, value, …). */
    public static EventStream open(URI base, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).GET()
                .header("Accept", "text/event-stream");
        if (headers.length > 0) {
            request.headers(headers);
        }
        return new EventStream(request.build());
    }

    /** The response's status and headers, once they came (the body keeps streaming). */
    public HttpResponse<Stream<String>> response() {
        try {
            return response.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("no response within 10 s", e);
        }
    }

    /** The next event, waiting up to {@code timeout}; null when none came in time. */
    public Received next(Duration timeout) throws InterruptedException {
        return events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The next named event (comments skipped), or {@link #END}; null when none came within {@code timeout}. */
    public Received nextEvent(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Received event = next(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
            if (event == null || !event.isComment()) {
                return event;
            }
        }
    }

    private void read(HttpResponse<Stream<String>> answer) {
        List<String> lines = new ArrayList<>();
        try (Stream<String> body = answer.body()) {
            body.forEach(line -> {
                if (!line.isEmpty()) {
                    lines.add(line);
                    return;
                }
                if (!lines.isEmpty()) {
                    events.add(parse(lines));
                    lines.clear();
                }
            });
        } catch (RuntimeException closed) {
            // the client closed the stream, or the connection broke: either way it ended
        }
        events.add(END);
    }

    private static Received parse(List<String> lines) {
        String name = null;
        String id = null;
        StringBuilder data = null;
        for (String line : lines) {
            if (line.startsWith(":")) {
                return new Received(line.substring(1).strip(), null, null, null);
            }
            String field = line.contains(":") ? line.substring(0, line.indexOf(':')) : line;
            String value = line.contains(":") ? line.substring(line.indexOf(':') + 1).stripLeading() : "";
            switch (field) {
                case "event" -> name = value;
                case "id" -> id = value;
                case "data" -> data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                default -> { }
            }
        }
        return new Received(null, name == null ? "message" : name, id, data == null ? null : data.toString());
    }

    @Override
    public void close() {
        response.cancel(true);
        response.thenAccept(answer -> answer.body().close());
    }
}
