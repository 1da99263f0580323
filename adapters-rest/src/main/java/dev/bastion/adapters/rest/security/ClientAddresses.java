package dev.bastion.adapters.rest.security;

import dev.bastion.domain.identity.ClientInfo;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The client's address for rate limits and logs: the connection's peer, unless that peer is a
 * trusted proxy ({@code BASTION_TRUSTED_PROXIES}, CIDRs), in which case {@code X-Forwarded-For}
 * is read from the right, skipping trusted hops. Untrusted peers cannot forge their address.
 */
@Singleton
public final class ClientAddresses {

    private final List<Cidr> trusted;

    ClientAddresses(@Value("${bastion.trusted-proxies:}") List<String> trustedProxies) {
        this.trusted = Cidr.parseAll("BASTION_TRUSTED_PROXIES", trustedProxies);
    }

    public ClientInfo of(HttpRequest<?> request) {
        return new ClientInfo(address(request), request.getHeaders().get(HttpHeaders.USER_AGENT));
    }

    /** The client's address (as {@link #of} finds it), if it is a numeric one. */
    Optional<InetAddress> inetAddress(HttpRequest<?> request) {
        return Optional.ofNullable(literal(address(request)));
    }

    String address(HttpRequest<?> request) {
        InetAddress peer = request.getRemoteAddress().getAddress();
        if (peer == null) {
            return "unknown";
        }
        if (!isTrusted(peer)) {
            return peer.getHostAddress();
        }
        List<String> hops = new ArrayList<>();
        for (String header : request.getHeaders().getAll("X-Forwarded-For")) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.strip());
                }
            }
        }
        String client = peer.getHostAddress();
        for (int i = hops.size() - 1; i >= 0; i--) {
            InetAddress hop = literal(hops.get(i));
            if (hop == null) {
                break;
            }
            client = hop.getHostAddress();
            if (!isTrusted(hop)) {
                break;
            }
        }
        return client;
    }

    private boolean isTrusted(InetAddress address) {
        return trusted.stream().anyMatch(cidr -> cidr.contains(address));
    }

    /** Only numeric addresses: a hostname in a header is never looked up. */
    private static InetAddress literal(String text) {
        if (!text.matches("[0-9a-fA-F:.]{2,45}")) {
            return null;
        }
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    record Cidr(byte[] network, int prefix) {

        /** The CIDRs of setting {@code name} (blank entries skipped); a malformed one stops the start, naming it. */
        static List<Cidr> parseAll(String name, List<String> texts) {
            List<Cidr> parsed = new ArrayList<>();
            for (String text : texts) {
                if (!text.isBlank()) {
                    parsed.add(parse(name, text.strip()));
                }
            }
            return List.copyOf(parsed);
        }

        static Cidr parse(String name, String text) {
            String[] parts = text.split("/", 2);
            InetAddress address = literal(parts[0]);
            if (address == null) {
                throw new IllegalArgumentException(name + ": not an address: " + text);
            }
            int bits = address.getAddress().length * 8;
            int prefix;
            try {
                prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : bits;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + ": bad prefix in " + text);
            }
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException(name + ": bad prefix in " + text);
            }
            return new Cidr(address.getAddress(), prefix);
        }

        boolean contains(InetAddress address) {
            byte[] candidate = address.getAddress();
            if (candidate.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (candidate[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xFF << (8 - rest) & 0xFF;
            return (candidate[full] & mask) == (network[full] & mask);
        }
    }
}
