package dev.bastion.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.From;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class OperationLogChainProperties {

    static final int FIELDS = 17;

    @Provide
    static Arbitrary<OperationRecord> records() {
        Arbitrary<String> text = Arbitraries.strings().ofMaxLength(20);
        Arbitrary<UUID> ids = Arbitraries.create(UUID::randomUUID);
        Arbitrary<UUID> maybeIds = ids.injectNull(0.3);
        Arbitrary<Instant> times = Arbitraries.longs().between(0, 4_102_444_800_000_000L)
                .map(micros -> Instant.EPOCH.plusNanos(micros * 1000));
        return Combinators.combine(times, maybeIds, text.injectNull(0.3), text, text.injectNull(0.3),
                        Arbitraries.integers().between(100, 599), Arbitraries.longs().between(0, 100_000),
                        Arbitraries.of("POST", "PUT", "PATCH", "DELETE"))
                .as((at, actor, username, route, arguments, status, duration, method) -> new OperationRecord(
                        UUID.randomUUID(), at, actor, actor == null ? null : username, actor, "203.0.113.7",
                        "agent", method, "/api/v1/" + route, username, "system:user", "update user", arguments,
                        status, status >= 400 ? "CONFLICT" : null, duration, "req-" + duration));
    }

    static List<OperationLogEntry> chain(List<OperationRecord> records) {
        List<OperationLogEntry> entries = new ArrayList<>();
        String previous = OperationLogEntry.GENESIS;
        for (int i = 0; i < records.size(); i++) {
            OperationLogEntry entry = OperationLogEntry.chain(i + 1, records.get(i), previous);
            entries.add(entry);
            previous = entry.hash();
        }
        return entries;
    }

    static ChainVerification.Result verify(List<OperationLogEntry> entries) {
        ChainVerification walk = new ChainVerification(OperationLogEntry.GENESIS);
        entries.forEach(walk::accept);
        return walk.result();
    }

    /** {@code r} with field {@code field} (canonical order) set to a value it did not have. */
    static OperationRecord changed(OperationRecord r, int field) {
        String other = "changed";
        return switch (field) {
            case 0 -> new OperationRecord(UUID.randomUUID(), r.at(), r.actorId(), r.actorUsername(), r.sessionId(), r.clientAddress(), r.userAgent(), r.method(), r.route(), r.targetId(), r.module(), r.title(), r.arguments(), r.status(), r.problemCode(), r.durationMillis(), r.requestId());
            case 1 -> new OperationRecord(r.id(), r.at().plusNanos(1000), r.actorId(), r.actorUsername(), r.sessionId(), r.clientAddress(), r.userAgent(), r.method(), r.route(), r.targetId(), r.module(), r.title(), r.arguments(), r.status(), r.problemCode(), r.durationMillis(), r.requestId());
            case 2 -> new OperationRecord(r.id(), r.at(), r.actorId() == null ? UUID.randomUUID() : null, r.actorUsername(), r.sessionId(), r.clientAddress(), r.userAgent(), r.method(), r.route(), r.targetId(), r.module(), r.title(), r.arguments(), r.status(), r.problemCode(), r.durationMillis(), r.requestId());
            case 3 -> new OperationRecord(r.id(), r.at(), r.actorId(), other(r.actorUsername()), r.sessionId(), r.clientAddress(), r.userAgent(), r.method(), r.route(), r.targetId(), r.module(), r.title(), r.arguments(), r.status(), r.problemCode(), r.durationMillis(), r.requestId());
            case 4 -> new OperationRecord(r.id(), r.at(), r.actorId(), r.actorUsername(), r.sessionId() == null ? UUID.randomUUID() : null, r.clientAddress(), r.userAgent(), r.method(), r.route(), r.targetId(), r.module(), r.title(), r.arguments(), r.status(), r.problemCode(), r.durationMillis(), r.requestId());
            case 5 -> new OperationRecord(r.id(), r.at(), r.actorId(), r.actorUsername(), r.sessionId(), "198.51.100.1", r.userAgent(), r.method(), r.route(), r.targetId(), r.module(), r.title(), r.arguments(), r.status(), r.problemCode(), r.durationMillis(), r.requestId());
            case 6 -> new OperationRecord(r.id(), r.at(), r.actorId(), r.actorUsername(), r.sessionId(), r.clientAddress(), other, r.method(), r.route(), r.targetId(), r.module(), r.title(), r.arguments(), r.status(), r.problemCode(), r.durationMillis(), r.requestId());
            case 7 -> new OperationRecord(r.id(), r.at(), r.actorId(), r.actorUsername(), r.sessionId(), r.clientAddress(), r.userAgent(), r.method().equals("GET") ? "PUT" : "GET", r.route(), r.targetId(), r.module(), r.title(), r.arguments(), r.status(), r.problemCode(), r.durationMillis(), r.requestId());
            case 8 -> new OperationRecord(r.id(), r.at(), r.actorId(), r.actorUsername(), r.sessionId(), r.clientAddress(), r.userAgent(), r.method(), r.route() + "x", r.targetId(), r.module(), r.title(), r.arguments(), r.status(), r.problemCode(), r.durationMillis(), r.requestId());
            case 9 -> new OperationRecord(r.id(), r.at(), r.actorId(), r.actorUsername(), r.sessionId(), r.clientAddress(), r.userAgent(), r.method(), r.route(), other(r.targetId()), r.module(), r.title(), r.arguments(), r.status(), r.problemCode(), r.durationMillis(), r.requestId());
            case 10 -> new OperationRecord(r.id(), r.at(), r.actorId(), r.actorUsername(), r.sessionId(), r.clientAddress(), r.userAgent(), r.method(), r.route(), r.targetId(), "system:role", r.title(), r.arguments(), r.status(), r.problemCode(), r.durationMillis(), r.requestId());
            case 11 -> new OperationRecord(r.id(), r.at(), r.actorId(), r.actorUsername(), r.sessionId(), r.clientAddress(), r.userAgent(), r.method(), r.route(), r.targetId(), r.module(), "delete user", r.arguments(), r.status(), r.problemCode(), r.durationMillis(), r.requestId());
            case 12 -> new OperationRecord(r.id(), r.at(), r.actorId(), r.actorUsername(), r.sessionId(), r.clientAddress(), r.userAgent(), r.method(), r.route(), r.targetId(), r.module(), r.title(), other(r.arguments()), r.status(), r.problemCode(), r.durationMillis(), r.requestId());
            case 13 -> new OperationRecord(r.id(), r.at(), r.actorId(), r.actorUsername(), r.sessionId(), r.clientAddress(), r.userAgent(), r.method(), r.route(), r.targetId(), r.module(), r.title(), r.arguments(), r.status() == 200 ? 201 : 200, r.problemCode(), r.durationMillis(), r.requestId());
            case 14 -> new OperationRecord(r.id(), r.at(), r.actorId(), r.actorUsername(), r.sessionId(), r.clientAddress(), r.userAgent(), r.method(), r.route(), r.targetId(), r.module(), r.title(), r.arguments(), r.status(), other(r.problemCode()), r.durationMillis(), r.requestId());
            case 15 -> new OperationRecord(r.id(), r.at(), r.actorId(), r.actorUsername(), r.sessionId(), r.clientAddress(), r.userAgent(), r.method(), r.route(), r.targetId(), r.module(), r.title(), r.arguments(), r.status(), r.problemCode(), r.durationMillis() + 1, r.requestId());
            case 16 -> new OperationRecord(r.id(), r.at(), r.actorId(), r.actorUsername(), r.sessionId(), r.clientAddress(), r.userAgent(), r.method(), r.route(), r.targetId(), r.module(), r.title(), r.arguments(), r.status(), r.problemCode(), r.durationMillis(), r.requestId() + "x");
            default -> throw new IllegalArgumentException("no field " + field);
        };
    }

    /** Another value: null becomes text, text becomes null or other text. */
    private static String other(String value) {
        return value == null ? "" : value.isEmpty() ? null : value + "x";
    }

    @Property
    void an_untouched_chain_verifies_entirely(@ForAll @Size(max = 20) List<@From("records") OperationRecord> records) {
        ChainVerification.Result result = verify(chain(records));

        assertThat(result.verified()).isEqualTo(records.size());
        assertThat(result.firstBroken()).isEmpty();
    }

    @Property
    void changing_any_field_of_any_entry_breaks_the_chain_at_that_entry(
            @ForAll @Size(min = 1, max = 12) List<@From("records") OperationRecord> records,
            @ForAll @IntRange(min = 0, max = 100) int position, @ForAll @IntRange(min = 0, max = FIELDS - 1) int field) {
        List<OperationLogEntry> entries = new ArrayList<>(chain(records));
        int at = position % entries.size();
        OperationLogEntry original = entries.get(at);
        OperationRecord tampered = changed(original.record(), field);
        assertThat(OperationLogEntry.canonicalForm(tampered)).isNotEqualTo(OperationLogEntry.canonicalForm(original.record()));
        entries.set(at, new OperationLogEntry(original.sequence(), tampered, original.previousHash(), original.hash()));

        ChainVerification.Result result = verify(entries);

        assertThat(result.verified()).isEqualTo(at);
        assertThat(result.firstBroken()).hasValueSatisfying(broken -> {
            assertThat(broken.id()).isEqualTo(tampered.id());
            assertThat(broken.found()).isEqualTo(original.hash());
            assertThat(broken.expected()).isEqualTo(OperationLogEntry.hashOf(tampered, original.previousHash()));
        });
    }

    @Property
    void a_rewritten_hash_or_previous_hash_breaks_the_chain_at_that_entry(
            @ForAll @Size(min = 1, max = 12) List<@From("records") OperationRecord> records,
            @ForAll @IntRange(min = 0, max = 100) int position, @ForAll boolean previous) {
        List<OperationLogEntry> entries = new ArrayList<>(chain(records));
        int at = position % entries.size();
        OperationLogEntry e = entries.get(at);
        String forged = "f".repeat(64);
        entries.set(at, previous ? new OperationLogEntry(e.sequence(), e.record(), forged, e.hash())
                : new OperationLogEntry(e.sequence(), e.record(), e.previousHash(), forged));

        ChainVerification.Result result = verify(entries);

        assertThat(result.verified()).isEqualTo(at);
        assertThat(result.firstBroken()).map(ChainVerification.Broken::id).hasValue(e.id());
    }

    @Property
    void removing_or_swapping_entries_breaks_the_chain_where_the_order_changes(
            @ForAll @Size(min = 2, max = 12) List<@From("records") OperationRecord> records,
            @ForAll @IntRange(min = 0, max = 100) int position, @ForAll boolean remove) {
        List<OperationLogEntry> entries = new ArrayList<>(chain(records));
        int at = position % (entries.size() - 1);
        if (remove) {
            entries.remove(at);
        } else {
            OperationLogEntry first = entries.get(at);
            entries.set(at, entries.get(at + 1));
            entries.set(at + 1, first);
        }

        ChainVerification.Result result = verify(entries);

        assertThat(result.verified()).isEqualTo(at);
        assertThat(result.firstBroken()).map(ChainVerification.Broken::id).hasValue(entries.get(at).id());
    }

    @Property
    void a_chain_following_an_anchor_verifies_from_the_anchor_only(
            @ForAll @Size(min = 2, max = 12) List<@From("records") OperationRecord> records,
            @ForAll @IntRange(min = 1, max = 100) int cut) {
        List<OperationLogEntry> entries = chain(records);
        int kept = 1 + cut % (entries.size() - 1);
        String anchor = entries.get(kept - 1).hash();
        List<OperationLogEntry> rest = entries.subList(kept, entries.size());

        ChainVerification fromAnchor = new ChainVerification(anchor);
        rest.forEach(fromAnchor::accept);
        ChainVerification fromGenesis = new ChainVerification(OperationLogEntry.GENESIS);
        rest.forEach(fromGenesis::accept);

        assertThat(fromAnchor.result().verified()).isEqualTo(rest.size());
        assertThat(fromAnchor.result().firstBroken()).isEmpty();
        assertThat(fromGenesis.result().firstBroken()).map(ChainVerification.Broken::id).hasValue(rest.get(0).id());
    }
}
