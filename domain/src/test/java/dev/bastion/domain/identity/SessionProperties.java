package dev.bastion.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.domain.identity.Session.Rotation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class SessionProperties {

    private static final Instant OPENED_AT = Instant.parse("2025-03-01T09:00:00Z");
    private static final Duration TTL = Duration.ofDays(7);
    private static final Instant LATER = OPENED_AT.plus(Duration.ofHours(1));
    private static final int REMEMBERED = Session.REMEMBERED_ROTATIONS;
    /** The token a refresh would install; never one of a family's tokens below. */
    private static final TokenDigest NEXT = token(1_000_000);

    /** Distinct digests by number: token(i) for the i-th token of a family. */
    private static TokenDigest token(int n) {
        return new TokenDigest(String.format("%064x", n));
    }

    /** Opened with token(0), then rotated {@code n} times: token(0) → token(1) → … → token(n). */
    private static Session rotatedTimes(int n) {
        Session session = Session.open(SessionId.newId(), UserId.newId(), new Username("jane"), token(0),
                new ClientInfo("203.0.113.7", "agent"), false, OPENED_AT, TTL);
        for (int i = 0; i < n; i++) {
            assertThat(session.rotate(token(i), token(i + 1), LATER, TTL)).isEqualTo(Rotation.ROTATED);
        }
        return session;
    }

    @Property
    void any_of_the_last_32_rotated_tokens_is_detected_as_reuse(
            @ForAll @IntRange(min = 1, max = 100) int rotations,
            @ForAll @IntRange(min = 1, max = REMEMBERED) int tokensAgo) {
        Assume.that(tokensAgo <= rotations);
        Session session = rotatedTimes(rotations);

        assertThat(session.rotate(token(rotations - tokensAgo), NEXT, LATER, TTL)).isEqualTo(Rotation.REUSE_DETECTED);
        assertThat(session.revokedReason()).isEqualTo(RevocationReason.REFRESH_TOKEN_REUSED);
        assertThat(session.isLive(LATER)).isFalse();
    }

    @Property
    void a_token_rotated_more_than_32_rotations_ago_is_refused_and_the_session_lives_on(
            @ForAll @IntRange(min = REMEMBERED + 1, max = 100) int rotations,
            @ForAll @IntRange(min = REMEMBERED + 1, max = 100) int tokensAgo) {
        Assume.that(tokensAgo <= rotations);
        Session session = rotatedTimes(rotations);

        assertThat(session.rotate(token(rotations - tokensAgo), NEXT, LATER, TTL)).isEqualTo(Rotation.REFUSED);
        assertThat(session.isLive(LATER)).isTrue();
    }

    @Property
    void the_remembered_tokens_are_the_last_min_n_32_in_rotation_order(@ForAll @IntRange(min = 0, max = 100) int rotations) {
        List<TokenDigest> expected = new ArrayList<>();
        for (int i = Math.max(0, rotations - REMEMBERED); i < rotations; i++) {
            expected.add(token(i));
        }

        assertThat(rotatedTimes(rotations).snapshot().rotated()).containsExactlyElementsOf(expected);
    }

    @Property
    void after_any_rotations_only_the_newest_token_rotates(@ForAll @IntRange(min = 0, max = 60) int rotations) {
        assertThat(rotatedTimes(rotations).rotate(token(rotations), NEXT, LATER, TTL)).isEqualTo(Rotation.ROTATED);
    }

    @Property
    void a_token_never_part_of_the_session_is_refused_and_changes_nothing(
            @ForAll @IntRange(min = 0, max = 40) int rotations, @ForAll("digests") TokenDigest stranger) {
        Assume.that(!isFamilyToken(stranger, rotations));
        Session session = rotatedTimes(rotations);
        SessionSnapshot before = session.snapshot();

        assertThat(session.rotate(stranger, NEXT, LATER, TTL)).isEqualTo(Rotation.REFUSED);
        assertThat(session.snapshot()).isEqualTo(before);
    }

    @Property
    void the_first_revocation_wins(@ForAll RevocationReason first, @ForAll RevocationReason second,
                                   @ForAll @IntRange(min = 0, max = 100_000) int secondsBetween) {
        Session session = rotatedTimes(0);
        session.revoke(first, LATER);

        session.revoke(second, LATER.plusSeconds(secondsBetween));

        assertThat(session.revokedReason()).isEqualTo(first);
        assertThat(session.snapshot().revokedAt()).isEqualTo(LATER);
    }

    @Property
    void a_revoked_session_refuses_every_token_it_ever_had(@ForAll RevocationReason reason,
                                                           @ForAll @IntRange(min = 0, max = 40) int rotations,
                                                           @ForAll @IntRange(min = 0, max = 40) int which) {
        Assume.that(which <= rotations);
        Session session = rotatedTimes(rotations);
        session.revoke(reason, LATER);
        SessionSnapshot revoked = session.snapshot();

        assertThat(session.rotate(token(which), NEXT, LATER, TTL)).isEqualTo(Rotation.REFUSED);
        assertThat(session.snapshot()).isEqualTo(revoked);
    }

    @Property
    void a_snapshot_rebuilds_into_a_session_with_exactly_that_snapshot(@ForAll("snapshots") SessionSnapshot snapshot) {
        assertThat(Session.reconstitute(snapshot).snapshot()).isEqualTo(snapshot);
    }

    private static boolean isFamilyToken(TokenDigest digest, int rotations) {
        for (int i = 0; i <= rotations; i++) {
            if (token(i).equals(digest)) {
                return true;
            }
        }
        return false;
    }

    @Provide
    Arbitrary<TokenDigest> digests() {
        return TokenDigestProperties.validDigests();
    }

    @Provide
    Arbitrary<SessionSnapshot> snapshots() {
        Arbitrary<SessionId> ids = Arbitraries.longs().tuple2().map(t -> new SessionId(new UUID(t.get1(), t.get2())));
        Arbitrary<Username> usernames = UsernameProperties.validUsernames().map(Username::new);
        Arbitrary<List<TokenDigest>> rotated = TokenDigestProperties.validDigests().list().ofMaxSize(REMEMBERED);
        Arbitrary<ClientInfo> clients = Combinators.combine(Arbitraries.strings().ofMaxLength(80).injectNull(0.1),
                Arbitraries.strings().ofMaxLength(600).injectNull(0.1)).as(ClientInfo::new);
        Arbitrary<Instant> instants = Arbitraries.longs().between(0, 4_102_444_800L).map(Instant::ofEpochSecond);
        Arbitrary<Revocation> revocations = Combinators.combine(instants, Arbitraries.of(RevocationReason.class))
                .as(Revocation::new).injectNull(0.5);

        Arbitrary<Partial> partials = Combinators.combine(ids, UserIdProperties.userIds(), usernames, TokenDigestProperties.validDigests(), rotated,
                clients).as(Partial::new);
        Arbitrary<Times> times = Combinators.combine(instants, instants, instants).as(Times::new);
        return Combinators.combine(partials, times, Arbitraries.of(true, false), revocations,
                        Arbitraries.longs().greaterOrEqual(0))
                .as((p, t, mustChange, r, version) -> new SessionSnapshot(p.id, p.userId, p.username, p.current,
                        p.rotated, p.client, t.createdAt, t.lastSeenAt, t.expiresAt, mustChange,
                        r == null ? null : r.at, r == null ? null : r.reason, version));
    }

    private record Partial(SessionId id, UserId userId, Username username, TokenDigest current,
                           List<TokenDigest> rotated, ClientInfo client) {
    }

    private record Times(Instant createdAt, Instant lastSeenAt, Instant expiresAt) {
    }

    private record Revocation(Instant at, RevocationReason reason) {
    }
}
