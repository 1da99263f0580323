package dev.bastion.adapters.rest.audit;

import dev.bastion.adapters.rest.problem.Problem;
import dev.bastion.adapters.rest.request.RequestBodies;
import dev.bastion.adapters.rest.request.RequestIds;
import dev.bastion.adapters.rest.security.Caller;
import dev.bastion.adapters.rest.security.ClientAddresses;
import dev.bastion.adapters.rest.security.RequiresPermission;
import dev.bastion.adapters.rest.shared.OperationTitle;
import dev.bastion.adapters.rest.shared.RowCount;
import dev.bastion.application.audit.RecordOperation;
import dev.bastion.domain.audit.OperationRecord;
import dev.bastion.domain.audit.SecretMasking;
import dev.bastion.domain.identity.ClientInfo;
import dev.bastion.domain.shared.Clock;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.AnnotationMetadata;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteMatch;
import io.micronaut.web.router.UriRouteMatch;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records every state-changing request under {@code /api/v1} (POST, PUT, PATCH, DELETE) in the
 * operation log, whatever its outcome: refused by security (401, 403), by validation (400), not
 * found, in conflict, or failed. Sign-in is the login log's ({@code POST /api/v1/auth/login}); every
 * other request is logged, refresh and logout included. Endpoints hold no code for it.
 *
 * <p>It wraps security (it runs before it), so it sees the final answer of every request. What it
 * records: the route template of the matched operation, its {@code id}-like path variable, module
 * and title from {@link RequiresPermission} (or {@link OperationTitle}), the caller from the
 * authentication, the client address through the trusted-proxy rule, the body as the JSON reader
 * read it ({@link RequestBodies}, never read again) with secrets masked, a file upload only by size
 * and row count, and the status and problem code. The record is handed to {@link RecordOperation},
 * which only queues it: no database work on the request's path.
 */
@ServerFilter("/api/v1/**")
@Requires(property = "bastion.audit.enabled", notEquals = "false")
final class OperationLogFilter implements Ordered {

    static final String LOGIN = "/api/v1/auth/login";
    private static final String STARTED = OperationLogFilter.class.getName() + ".started";
    private static final Set<HttpMethod> CHANGES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);
    /** Path variables naming the record an operation acts on, in order of preference. */
    private static final List<String> TARGETS = List.of("id", "idOrKey", "sessionId", "code", "key", "name");
    private static final Logger LOG = LoggerFactory.getLogger(OperationLogFilter.class);

    private final RecordOperation recorder;
    private final SecretMasking masking;
    private final ClientAddresses addresses;
    private final Clock clock;
    /** Names of the matched operations by "METHOD route template". */
    private final Map<String, Naming> namings = new ConcurrentHashMap<>();

    OperationLogFilter(RecordOperation recorder, SecretMasking masking, ClientAddresses addresses, Clock clock) {
        this.recorder = recorder;
        this.masking = masking;
        this.addresses = addresses;
        this.clock = clock;
    }

    /**
     * Notes when a state-changing request began. A plain request filter and a plain response filter
     * rather than one around the continuation: a filter holding the continuation puts every request
     * under {@code /api/v1} on the reactive path (a thread hand-off each), which cost a write a
     * fifth of its throughput in the benchmark; these two keep the request on its thread.
     */
    @RequestFilter
    public void started(HttpRequest<?> request) {
        if (CHANGES.contains(request.getMethod()) && !LOGIN.equals(request.getPath())) {
            request.setAttribute(STARTED, new Started(clock.now(), System.nanoTime()));
        }
    }

    /** Records the request once its answer is known, whatever it is (done, refused, failed). */
    @ResponseFilter
    public void answered(HttpRequest<?> request, MutableHttpResponse<?> response) {
        Optional<Started> started = request.getAttribute(STARTED, Started.class);
        if (started.isEmpty()) {
            return;
        }
        try {
            long durationMillis = (System.nanoTime() - started.get().nanos()) / 1_000_000;
            recorder.record(recordOf(request, response, started.get().at(), durationMillis));
        } catch (RuntimeException failed) {
            // the answer goes out whatever happens here; the drop is visible in the log
            LOG.warn("Could not record {} {} in the operation log", request.getMethod(), request.getPath(), failed);
        }
    }

    /** When a recorded request began: its time for the entry, and a monotonic start for its duration. */
    private record Started(Instant at, long nanos) {
    }

    private OperationRecord recordOf(HttpRequest<?> request, MutableHttpResponse<?> response, Instant at,
                                     long durationMillis) {
        Optional<RouteMatch<?>> match = RouteAttributes.getRouteMatch(request).map(route -> (RouteMatch<?>) route);
        String route = match.filter(UriRouteMatch.class::isInstance)
                .map(m -> ((UriRouteMatch<?, ?>) m).getRouteInfo().getUriMatchTemplate().toString())
                .orElse(request.getPath());
        String targetId = match.filter(UriRouteMatch.class::isInstance)
                .flatMap(m -> target(((UriRouteMatch<?, ?>) m).getVariableValues()))
                .orElse(null);
        AnnotationMetadata annotations = match.map(RouteMatch::getAnnotationMetadata).orElse(AnnotationMetadata.EMPTY_METADATA);
        Function<String, Naming> name = key -> Naming.of(annotations.stringValue(RequiresPermission.class).orElse(null),
                annotations.stringValue(OperationTitle.class).filter(t -> !t.isBlank()).orElse(null),
                annotations.stringValue(OperationTitle.class, "module").filter(m -> !m.isBlank()).orElse(null),
                request.getMethodName(), route);
        // an operation's name never changes: worked out once per method and route; an unmatched path
        // (anything a client sends) is named each time, so the map stays as small as the routes
        Naming naming = match.isPresent() ? namings.computeIfAbsent(request.getMethodName() + " " + route, name)
                : name.apply(route);
        UUID actorId = null;
        UUID sessionId = null;
        Optional<Authentication> authentication = request.getUserPrincipal(Authentication.class);
        if (authentication.isPresent()) {
            try {
                Caller caller = Caller.of(authentication.get());
                actorId = caller.userId().value();
                sessionId = caller.sessionId().value();
            } catch (RuntimeException notOurs) {
                // an authentication not made by Bastion's token check: logged as anonymous
            }
        }
        ClientInfo client = addresses.of(request);
        Object body = response.getBody().orElse(null);
        String problemCode = body instanceof Problem problem ? problem.code() : null;
        return OperationRecord.of(at, actorId, sessionId, client.ip(), client.userAgent(), request.getMethodName(),
                route, targetId, naming.module(), naming.title(), arguments(request, body), response.code(),
                problemCode, durationMillis, RequestIds.of(request));
    }

    private static Optional<String> target(Map<String, Object> variables) {
        for (String name : TARGETS) {
            Object value = variables.get(name);
            if (value != null) {
                return Optional.of(value.toString());
            }
        }
        return variables.values().stream().filter(v -> v != null).findFirst().map(Object::toString);
    }

    /**
     * The body as logged: JSON with secrets masked; a body that is not JSON (a CSV file, a multipart
     * upload, anything else) or not readable as JSON only by its type, size and the rows the answer
     * counted; nothing when there was no body or it was never read (refused before).
     */
    private String arguments(HttpRequest<?> request, Object responseBody) {
        Optional<MediaType> type = request.getContentType();
        Optional<byte[]> json = RequestBodies.of(request);
        if (json.isPresent()) {
            byte[] bytes = json.get();
            return masking.mask(new String(bytes, StandardCharsets.UTF_8))
                    .orElse("{\"unreadable\":true,\"bytes\":" + bytes.length + "}");
        }
        long length = request.getHeaders().contentLength().orElse(-1);
        if (type.isEmpty() && length <= 0) {
            return null;
        }
        if (type.isPresent() && (type.get().matches(MediaType.APPLICATION_JSON_TYPE)
                || type.get().getSubtype().endsWith("+json")) && !(responseBody instanceof RowCount)) {
            // a JSON body the reader never read: the request was refused before (401, 403, 415, …)
            return length > 0 ? "{\"read\":false,\"bytes\":" + length + "}" : null;
        }
        StringBuilder described = new StringBuilder("{\"contentType\":\"")
                .append(type.map(t -> t.getType() + "/" + t.getSubtype()).orElse("none")
                        .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.+/-]", "?"))
                .append('"');
        if (length >= 0) {
            described.append(",\"bytes\":").append(length);
        }
        if (responseBody instanceof RowCount rows) {
            described.append(",\"rows\":").append(rows.rows());
        }
        return described.append('}').toString();
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }

    /** Module and title of an operation: from its annotations, else from its permission, else from its route. */
    record Naming(String module, String title) {

        static Naming of(String permission, String title, String module, String method, String route) {
            String derivedModule;
            String derivedTitle;
            if (permission != null && permission.chars().filter(c -> c == ':').count() == 2) {
                String[] parts = permission.split(":");
                derivedModule = parts[0] + ":" + parts[1];
                derivedTitle = parts[2].replace('-', ' ') + " " + parts[1].replace('-', ' ');
            } else {
                String path = route.startsWith("/api/v1/") ? route.substring("/api/v1".length()) : route;
                String first = path.split("/").length > 1 ? path.split("/")[1] : "";
                derivedModule = first.isEmpty() ? "api" : first.replaceAll("[{}]", "");
                derivedTitle = method + " " + path;
            }
            return new Naming(module != null ? module : derivedModule, title != null ? title : derivedTitle);
        }
    }
}
