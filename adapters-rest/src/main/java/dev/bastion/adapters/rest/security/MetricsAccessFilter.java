package dev.bastion.adapters.rest.security;

import dev.bastion.adapters.rest.problem.ProblemType;
import dev.bastion.adapters.rest.problem.Problems;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.server.annotation.PreMatching;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code /prometheus} tells how the service and its host are doing, so it is not for anyone: only
 * clients whose address lies in {@code BASTION_METRICS_ALLOW} (CIDRs, or {@code loopback}, the
 * default: this host only, or {@code none}) and, from anywhere, a scraper presenting
 * {@code BASTION_METRICS_TOKEN} as a bearer token (when one is set). Others get 403 problem+json.
 * The address is the client's as {@link ClientAddresses} finds it, so behind a trusted proxy the
 * forwarded address counts, not the proxy's.
 */
@ServerFilter("/prometheus")
final class MetricsAccessFilter {

    private final List<ClientAddresses.Cidr> allowed;
    private final byte[] token;
    private final ClientAddresses addresses;
    private final Problems problems;

    MetricsAccessFilter(@Value("${bastion.metrics.allow:loopback}") List<String> allow,
                        @Value("${bastion.metrics.token:}") String token,
                        ClientAddresses addresses, Problems problems) {
        this.allowed = ClientAddresses.Cidr.parseAll("BASTION_METRICS_ALLOW", allow.stream()
                .flatMap(entry -> switch (entry.strip()) {
                    case "loopback" -> Stream.of("127.0.0.0/8", "::1/128");
                    case "none" -> Stream.empty();
                    default -> Stream.of(entry);
                })
                .toList());
        this.token = token.isBlank() ? null : token.strip().getBytes(StandardCharsets.UTF_8);
        this.addresses = addresses;
        this.problems = problems;
    }

    @PreMatching
    @RequestFilter
    @Nullable
    HttpResponse<?> filter(HttpRequest<?> request) {
        if (presentsToken(request) || addresses.inetAddress(request).filter(this::isAllowed).isPresent()) {
            return null;
        }
        return problems.respond(problems.build(request, ProblemType.FORBIDDEN,
                "metrics are served to the addresses of BASTION_METRICS_ALLOW, or with the bearer token "
                        + "of BASTION_METRICS_TOKEN", null));
    }

    private boolean isAllowed(InetAddress address) {
        return allowed.stream().anyMatch(cidr -> cidr.contains(address));
    }

    private boolean presentsToken(HttpRequest<?> request) {
        String authorization = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (token == null || authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        byte[] presented = authorization.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(presented, token);
    }
}
