package dev.bastion.adapters.messaging.identity.sessions;

import dev.bastion.adapters.messaging.shared.EpochMillisText;
import dev.bastion.domain.identity.ClientInfo;
import dev.bastion.domain.identity.RevocationReason;
import dev.bastion.domain.identity.SessionId;
import dev.bastion.domain.identity.SessionSnapshot;
import dev.bastion.domain.identity.TokenDigest;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.Username;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A session as a Redis hash, one field per snapshot component: UUIDs and names as text, digests
 * as hex ({@code rotated} joined by {@code ,}, oldest first, empty when none), instants as
 * {@link EpochMillisText}, {@code passwordChangeRequired} as {@code 1}/{@code 0}, the reason as the
 * enum name. {@code revokedAt} and {@code revokedReason} exist only once revoked (the scripts test
 * for the field). No Java serialization, no JSON.
 */
final class SessionHash {

    static final String ID = "id";
    static final String USER_ID = "userId";
    static final String USERNAME = "username";
    static final String CURRENT = "current";
    static final String ROTATED = "rotated";
    static final String CLIENT_IP = "clientIp";
    static final String CLIENT_USER_AGENT = "clientUserAgent";
    static final String CREATED_AT = "createdAt";
    static final String LAST_SEEN_AT = "lastSeenAt";
    static final String EXPIRES_AT = "expiresAt";
    static final String PASSWORD_CHANGE_REQUIRED = "passwordChangeRequired";
    static final String REVOKED_AT = "revokedAt";
    static final String REVOKED_REASON = "revokedReason";
    static final String VERSION = "version";

    private SessionHash() {
    }

    /** Every field of {@code s} in a stable order ({@code revokedAt}/{@code revokedReason} only when set). */
    static Map<String, String> fields(SessionSnapshot s) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(ID, s.id().toString());
        fields.put(USER_ID, s.userId().toString());
        fields.put(USERNAME, s.username().value());
        fields.put(CURRENT, s.current().hex());
        fields.put(ROTATED, s.rotated().stream().map(TokenDigest::hex).collect(Collectors.joining(",")));
        fields.put(CLIENT_IP, s.client().ip());
        fields.put(CLIENT_USER_AGENT, s.client().userAgent());
        fields.put(CREATED_AT, EpochMillisText.format(s.createdAt()));
        fields.put(LAST_SEEN_AT, EpochMillisText.format(s.lastSeenAt()));
        fields.put(EXPIRES_AT, EpochMillisText.format(s.expiresAt()));
        fields.put(PASSWORD_CHANGE_REQUIRED, s.passwordChangeRequired() ? "1" : "0");
        if (s.revokedAt() != null) {
            fields.put(REVOKED_AT, EpochMillisText.format(s.revokedAt()));
            fields.put(REVOKED_REASON, s.revokedReason().name());
        }
        fields.put(VERSION, Long.toString(s.version()));
        return fields;
    }

    /** {@code fields} flattened to {@code field, value, field, value, ...}, leaving out {@code skipped}. */
    static List<String> flat(Map<String, String> fields, String... skipped) {
        List<String> skip = Arrays.asList(skipped);
        List<String> flat = new ArrayList<>(fields.size() * 2);
        fields.forEach((field, value) -> {
            if (!skip.contains(field)) {
                flat.add(field);
                flat.add(value);
            }
        });
        return flat;
    }

    static SessionSnapshot read(Map<String, String> h) {
        String rotated = require(h, ROTATED);
        String revokedAt = h.get(REVOKED_AT);
        String revokedReason = h.get(REVOKED_REASON);
        return new SessionSnapshot(
                new SessionId(UUID.fromString(require(h, ID))),
                new UserId(UUID.fromString(require(h, USER_ID))),
                new Username(require(h, USERNAME)),
                new TokenDigest(require(h, CURRENT)),
                rotated.isEmpty() ? List.of() : Arrays.stream(rotated.split(",")).map(TokenDigest::new).toList(),
                new ClientInfo(require(h, CLIENT_IP), require(h, CLIENT_USER_AGENT)),
                EpochMillisText.parse(require(h, CREATED_AT)),
                EpochMillisText.parse(require(h, LAST_SEEN_AT)),
                EpochMillisText.parse(require(h, EXPIRES_AT)),
                "1".equals(require(h, PASSWORD_CHANGE_REQUIRED)),
                revokedAt == null ? null : EpochMillisText.parse(revokedAt),
                revokedReason == null ? null : RevocationReason.valueOf(revokedReason),
                Long.parseLong(require(h, VERSION)));
    }

    /** A hash as a script returns it ({@code HGETALL}: field, value, field, value, ...). */
    static SessionSnapshot read(List<?> flat) {
        Map<String, String> h = new LinkedHashMap<>();
        for (int i = 0; i + 1 < flat.size(); i += 2) {
            h.put((String) flat.get(i), (String) flat.get(i + 1));
        }
        return read(h);
    }

    private static String require(Map<String, String> h, String field) {
        String value = h.get(field);
        if (value == null) {
            throw new IllegalStateException("stored session lacks field " + field);
        }
        return value;
    }
}
