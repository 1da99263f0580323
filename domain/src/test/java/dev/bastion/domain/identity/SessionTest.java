package dev.bastion.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.identity.Session.Rotation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SessionTest {

    private static final Instant OPENED_AT = Instant.parse("2025-03-01T09:00:00Z");
    private static final Duration TTL = Duration.ofDays(7);
    private static final Instant LATER = OPENED_AT.plus(Duration.ofHours(1));
    private static final ClientInfo CLIENT = new ClientInfo("203.0.113.7", "Mozilla/5.0");

    private static TokenDigest digest(int n) {
        return new TokenDigest(String.format("%064x", n));
    }

    private static final TokenDigest FIRST = digest(1);
    private static final TokenDigest SECOND = digest(2);
    private static final TokenDigest THIRD = digest(3);
    private static final TokenDigest UNKNOWN = digest(999);

    private static Session opened() {
        return Session.open(SessionId.newId(), UserId.newId(), new Username("jane"), FIRST, CLIENT, false, OPENED_AT, TTL);
    }

    private static Session openedMustChange() {
        return Session.open(SessionId.newId(), UserId.newId(), new Username("jane"), FIRST, CLIENT, true, OPENED_AT, TTL);
    }

    @Nested
    class Opening {

        @Test
        void a_new_session_is_live() {
            assertThat(opened().isLive(OPENED_AT)).isTrue();
        }

        @Test
        void a_new_session_is_at_version_0() {
            assertThat(opened().version()).isZero();
        }

        @Test
        void a_new_session_expires_one_ttl_after_it_was_opened() {
            assertThat(opened().expiresAt()).isEqualTo(OPENED_AT.plus(TTL));
        }

        @Test
        void a_new_session_was_created_and_last_seen_now() {
            Session session = opened();

            assertThat(session.createdAt()).isEqualTo(OPENED_AT);
            assertThat(session.lastSeenAt()).isEqualTo(OPENED_AT);
        }

        @Test
        void a_new_session_is_not_revoked() {
            Session session = opened();

            assertThat(session.revokedReason()).isNull();
            assertThat(session.snapshot().revokedAt()).isNull();
        }

        @Test
        void a_new_session_holds_the_first_token_and_remembers_none() {
            SessionSnapshot snapshot = opened().snapshot();

            assertThat(snapshot.current()).isEqualTo(FIRST);
            assertThat(snapshot.rotated()).isEmpty();
        }

        @Test
        void the_password_change_flag_is_as_requested() {
            assertThat(openedMustChange().passwordChangeRequired()).isTrue();
            assertThat(opened().passwordChangeRequired()).isFalse();
        }

        @Test
        void the_client_is_kept() {
            assertThat(opened().client()).isEqualTo(CLIENT);
        }

        @Test
        void a_session_needs_a_first_token() {
            assertThatThrownBy(() -> Session.open(SessionId.newId(), UserId.newId(), new Username("jane"), null, CLIENT,
                    false, OPENED_AT, TTL)).isInstanceOf(NullPointerException.class);
        }
    }

    @Nested
    class Expiring {

        @Test
        void a_session_is_live_until_just_before_it_expires() {
            assertThat(opened().isLive(OPENED_AT.plus(TTL).minusNanos(1))).isTrue();
        }

        @Test
        void a_session_is_over_at_the_moment_it_expires() {
            assertThat(opened().isLive(OPENED_AT.plus(TTL))).isFalse();
        }
    }

    @Nested
    class Rotating {

        @Test
        void the_current_token_rotates() {
            assertThat(opened().rotate(FIRST, SECOND, LATER, TTL)).isEqualTo(Rotation.ROTATED);
        }

        @Test
        void after_rotation_the_next_token_is_current() {
            Session session = opened();

            session.rotate(FIRST, SECOND, LATER, TTL);

            assertThat(session.snapshot().current()).isEqualTo(SECOND);
            assertThat(session.rotate(SECOND, THIRD, LATER, TTL)).isEqualTo(Rotation.ROTATED);
        }

        @Test
        void after_rotation_the_old_token_is_remembered() {
            Session session = opened();

            session.rotate(FIRST, SECOND, LATER, TTL);

            assertThat(session.snapshot().rotated()).containsExactly(FIRST);
        }

        @Test
        void rotation_slides_the_expiry_one_ttl_past_now() {
            Session session = opened();

            session.rotate(FIRST, SECOND, LATER, TTL);

            assertThat(session.expiresAt()).isEqualTo(LATER.plus(TTL));
        }

        @Test
        void rotation_marks_the_session_as_seen_now() {
            Session session = opened();

            session.rotate(FIRST, SECOND, LATER, TTL);

            assertThat(session.lastSeenAt()).isEqualTo(LATER);
        }

        @Test
        void rotation_keeps_the_session_live() {
            Session session = opened();

            session.rotate(FIRST, SECOND, LATER, TTL);

            assertThat(session.isLive(LATER)).isTrue();
        }

        @Test
        void a_session_refreshed_in_time_outlives_its_first_expiry() {
            Session session = opened();

            session.rotate(FIRST, SECOND, OPENED_AT.plus(TTL).minusSeconds(1), TTL);

            assertThat(session.isLive(OPENED_AT.plus(TTL).plusSeconds(1))).isTrue();
        }

        @Test
        void the_creation_time_never_changes() {
            Session session = opened();

            session.rotate(FIRST, SECOND, LATER, TTL);

            assertThat(session.createdAt()).isEqualTo(OPENED_AT);
        }

        @Test
        void the_domain_does_not_bump_the_version_the_store_does() {
            Session session = opened();

            session.rotate(FIRST, SECOND, LATER, TTL);

            assertThat(session.version()).isZero();
        }

        @Test
        void an_equal_digest_that_is_another_instance_still_rotates() {
            Session session = opened();

            assertThat(session.rotate(new TokenDigest(FIRST.hex()), SECOND, LATER, TTL)).isEqualTo(Rotation.ROTATED);
        }

        @Test
        void rotation_needs_a_next_token() {
            Session session = opened();

            assertThatThrownBy(() -> session.rotate(FIRST, null, LATER, TTL)).isInstanceOf(NullPointerException.class);
        }

        @Test
        void a_rotation_refused_for_a_missing_next_token_changes_nothing() {
            Session session = opened();
            SessionSnapshot before = session.snapshot();

            assertThatThrownBy(() -> session.rotate(FIRST, null, LATER, TTL)).isInstanceOf(NullPointerException.class);
            assertThat(session.snapshot()).isEqualTo(before);
        }

        @Test
        void a_rotation_refused_for_a_missing_ttl_changes_nothing() {
            Session session = opened();
            SessionSnapshot before = session.snapshot();

            assertThatThrownBy(() -> session.rotate(FIRST, SECOND, LATER, null)).isInstanceOf(NullPointerException.class);
            assertThat(session.snapshot()).isEqualTo(before);
        }
    }

    @Nested
    class DetectingReuse {

        @Test
        void presenting_a_rotated_token_is_reuse() {
            Session session = opened();
            session.rotate(FIRST, SECOND, LATER, TTL);

            assertThat(session.rotate(FIRST, THIRD, LATER, TTL)).isEqualTo(Rotation.REUSE_DETECTED);
        }

        @Test
        void reuse_revokes_the_session_as_refresh_token_reused() {
            Session session = opened();
            session.rotate(FIRST, SECOND, LATER, TTL);

            session.rotate(FIRST, THIRD, LATER, TTL);

            assertThat(session.revokedReason()).isEqualTo(RevocationReason.REFRESH_TOKEN_REUSED);
        }

        @Test
        void reuse_revokes_at_the_time_it_was_detected() {
            Session session = opened();
            session.rotate(FIRST, SECOND, LATER, TTL);

            session.rotate(FIRST, THIRD, LATER.plusSeconds(5), TTL);

            assertThat(session.snapshot().revokedAt()).isEqualTo(LATER.plusSeconds(5));
        }

        @Test
        void after_reuse_the_session_is_not_live() {
            Session session = opened();
            session.rotate(FIRST, SECOND, LATER, TTL);

            session.rotate(FIRST, THIRD, LATER, TTL);

            assertThat(session.isLive(LATER)).isFalse();
        }

        @Test
        void after_reuse_even_the_current_token_is_refused() {
            Session session = opened();
            session.rotate(FIRST, SECOND, LATER, TTL);
            session.rotate(FIRST, THIRD, LATER, TTL);

            assertThat(session.rotate(SECOND, THIRD, LATER, TTL)).isEqualTo(Rotation.REFUSED);
        }

        @Test
        void reuse_does_not_install_the_next_token() {
            Session session = opened();
            session.rotate(FIRST, SECOND, LATER, TTL);

            session.rotate(FIRST, THIRD, LATER, TTL);

            assertThat(session.snapshot().current()).isEqualTo(SECOND);
        }
    }

    @Nested
    class RefusingRotation {

        @Test
        void an_unknown_token_is_refused() {
            assertThat(opened().rotate(UNKNOWN, SECOND, LATER, TTL)).isEqualTo(Rotation.REFUSED);
        }

        @Test
        void an_unknown_token_leaves_the_session_live() {
            Session session = opened();

            session.rotate(UNKNOWN, SECOND, LATER, TTL);

            assertThat(session.isLive(LATER)).isTrue();
            assertThat(session.revokedReason()).isNull();
        }

        @Test
        void an_unknown_token_changes_nothing() {
            Session session = opened();
            SessionSnapshot before = session.snapshot();

            session.rotate(UNKNOWN, SECOND, LATER, TTL);

            assertThat(session.snapshot()).isEqualTo(before);
        }

        @Test
        void a_revoked_session_refuses_its_current_token() {
            Session session = opened();
            session.revoke(RevocationReason.LOGGED_OUT, LATER);

            assertThat(session.rotate(FIRST, SECOND, LATER, TTL)).isEqualTo(Rotation.REFUSED);
        }

        @Test
        void a_revoked_session_refuses_a_rotated_token_and_keeps_its_reason() {
            Session session = opened();
            session.rotate(FIRST, SECOND, LATER, TTL);
            session.revoke(RevocationReason.LOGGED_OUT, LATER);

            assertThat(session.rotate(FIRST, THIRD, LATER, TTL)).isEqualTo(Rotation.REFUSED);
            assertThat(session.revokedReason()).isEqualTo(RevocationReason.LOGGED_OUT);
        }

        @Test
        void an_expired_session_refuses_its_current_token() {
            Session session = opened();

            assertThat(session.rotate(FIRST, SECOND, OPENED_AT.plus(TTL), TTL)).isEqualTo(Rotation.REFUSED);
        }

        @Test
        void an_expired_session_is_not_revived_by_a_refused_rotation() {
            Session session = opened();
            SessionSnapshot before = session.snapshot();

            session.rotate(FIRST, SECOND, OPENED_AT.plus(TTL).plusSeconds(1), TTL);

            assertThat(session.snapshot()).isEqualTo(before);
        }

        @Test
        void an_expired_session_refuses_a_rotated_token_without_calling_it_reuse() {
            Session session = opened();
            session.rotate(FIRST, SECOND, LATER, TTL);
            Instant afterExpiry = LATER.plus(TTL);

            assertThat(session.rotate(FIRST, THIRD, afterExpiry, TTL)).isEqualTo(Rotation.REFUSED);
            assertThat(session.revokedReason()).isNull();
        }
    }

    @Nested
    class RememberingRotatedTokens {

        @Test
        void the_last_32_rotated_tokens_are_remembered_oldest_first() {
            Session session = rotatedTimes(40);

            assertThat(session.snapshot().rotated())
                    .hasSize(Session.REMEMBERED_ROTATIONS)
                    .first().isEqualTo(digest(40 - Session.REMEMBERED_ROTATIONS + 1));
            assertThat(session.snapshot().rotated()).last().isEqualTo(digest(40));
        }

        @Test
        void the_oldest_remembered_token_still_counts_as_reuse() {
            Session session = rotatedTimes(Session.REMEMBERED_ROTATIONS);

            assertThat(session.rotate(digest(1), UNKNOWN, LATER, TTL)).isEqualTo(Rotation.REUSE_DETECTED);
        }

        @Test
        void a_token_rotated_33_rotations_ago_is_forgotten_and_merely_refused() {
            Session session = rotatedTimes(Session.REMEMBERED_ROTATIONS + 1);

            assertThat(session.rotate(digest(1), UNKNOWN, LATER, TTL)).isEqualTo(Rotation.REFUSED);
            assertThat(session.isLive(LATER)).isTrue();
        }

        /** Rotates {@code n} times: digest(1) → digest(2) → … → digest(n + 1). */
        private Session rotatedTimes(int n) {
            Session session = opened();
            for (int i = 1; i <= n; i++) {
                session.rotate(digest(i), digest(i + 1), LATER, TTL);
            }
            return session;
        }
    }

    @Nested
    class Revoking {

        @Test
        void a_revoked_session_is_not_live() {
            Session session = opened();

            session.revoke(RevocationReason.LOGGED_OUT, LATER);

            assertThat(session.isLive(LATER)).isFalse();
        }

        @Test
        void a_revoked_session_keeps_the_reason_and_time() {
            Session session = opened();

            session.revoke(RevocationReason.FORCED_LOGOUT, LATER);

            assertThat(session.revokedReason()).isEqualTo(RevocationReason.FORCED_LOGOUT);
            assertThat(session.snapshot().revokedAt()).isEqualTo(LATER);
        }

        @Test
        void revoking_twice_keeps_the_first_reason_and_time() {
            Session session = opened();
            session.revoke(RevocationReason.PASSWORD_CHANGED, LATER);

            session.revoke(RevocationReason.USER_DELETED, LATER.plusSeconds(60));

            assertThat(session.revokedReason()).isEqualTo(RevocationReason.PASSWORD_CHANGED);
            assertThat(session.snapshot().revokedAt()).isEqualTo(LATER);
        }

        @Test
        void revoking_an_expired_session_still_records_why() {
            Session session = opened();

            session.revoke(RevocationReason.USER_DISABLED, OPENED_AT.plus(TTL).plusSeconds(1));

            assertThat(session.revokedReason()).isEqualTo(RevocationReason.USER_DISABLED);
        }

        @Test
        void revoking_needs_a_reason() {
            Session session = opened();

            assertThatThrownBy(() -> session.revoke(null, LATER)).isInstanceOf(NullPointerException.class);
        }

        @Test
        void a_revoke_refused_for_a_missing_reason_changes_nothing() {
            Session session = opened();
            SessionSnapshot before = session.snapshot();

            assertThatThrownBy(() -> session.revoke(null, LATER)).isInstanceOf(NullPointerException.class);
            assertThat(session.snapshot()).isEqualTo(before);
        }
    }

    @Nested
    class ChangingThePassword {

        @Test
        void a_changed_password_clears_the_flag() {
            Session session = openedMustChange();

            session.passwordChanged();

            assertThat(session.passwordChangeRequired()).isFalse();
        }

        @Test
        void a_changed_password_without_the_flag_leaves_it_clear() {
            Session session = opened();

            session.passwordChanged();

            assertThat(session.passwordChangeRequired()).isFalse();
        }
    }

    @Nested
    class Identity {

        @Test
        void two_sessions_with_the_same_id_are_the_same_session() {
            Session session = opened();
            Session copy = Session.reconstitute(session.snapshot());
            copy.revoke(RevocationReason.LOGGED_OUT, LATER);

            assertThat(copy).isEqualTo(session).hasSameHashCodeAs(session);
        }

        @Test
        void sessions_with_different_ids_differ() {
            assertThat(opened()).isNotEqualTo(opened());
        }

        @Test
        void to_string_does_not_print_the_token_digests() {
            Session session = opened();
            session.rotate(FIRST, SECOND, LATER, TTL);

            assertThat(session.toString()).doesNotContain(FIRST.hex()).doesNotContain(SECOND.hex());
        }
    }

    @Nested
    class Reconstituting {

        @Test
        void a_rebuilt_session_has_the_stored_state() {
            Session session = opened();
            session.rotate(FIRST, SECOND, LATER, TTL);
            session.revoke(RevocationReason.LOGGED_OUT, LATER.plusSeconds(1));

            assertThat(Session.reconstitute(session.snapshot()).snapshot()).isEqualTo(session.snapshot());
        }

        @Test
        void a_rebuilt_session_still_detects_reuse_of_a_stored_rotated_token() {
            Session session = opened();
            session.rotate(FIRST, SECOND, LATER, TTL);
            Session rebuilt = Session.reconstitute(session.snapshot());

            assertThat(rebuilt.rotate(FIRST, THIRD, LATER, TTL)).isEqualTo(Rotation.REUSE_DETECTED);
        }

        @Test
        void a_revocation_time_without_a_reason_is_refused() {
            SessionSnapshot s = opened().snapshot();
            SessionSnapshot noReason = new SessionSnapshot(s.id(), s.userId(), s.username(), s.current(), s.rotated(),
                    s.client(), s.createdAt(), s.lastSeenAt(), s.expiresAt(), s.passwordChangeRequired(), LATER, null,
                    s.version());

            assertThatThrownBy(() -> Session.reconstitute(noReason)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void a_revocation_reason_without_a_time_is_refused() {
            SessionSnapshot s = opened().snapshot();
            SessionSnapshot noTime = new SessionSnapshot(s.id(), s.userId(), s.username(), s.current(), s.rotated(),
                    s.client(), s.createdAt(), s.lastSeenAt(), s.expiresAt(), s.passwordChangeRequired(), null,
                    RevocationReason.LOGGED_OUT, s.version());

            assertThatThrownBy(() -> Session.reconstitute(noTime)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void a_missing_current_token_is_refused() {
            SessionSnapshot s = opened().snapshot();
            SessionSnapshot noCurrent = new SessionSnapshot(s.id(), s.userId(), s.username(), null, s.rotated(),
                    s.client(), s.createdAt(), s.lastSeenAt(), s.expiresAt(), s.passwordChangeRequired(), null, null,
                    s.version());

            assertThatThrownBy(() -> Session.reconstitute(noCurrent)).isInstanceOf(NullPointerException.class);
        }

        @Test
        void a_snapshot_does_not_share_its_rotated_list_with_the_caller() {
            ArrayList<TokenDigest> rotated = new ArrayList<>(List.of(FIRST));
            SessionSnapshot s = opened().snapshot();
            SessionSnapshot snapshot = new SessionSnapshot(s.id(), s.userId(), s.username(), SECOND, rotated,
                    s.client(), s.createdAt(), s.lastSeenAt(), s.expiresAt(), s.passwordChangeRequired(), null, null,
                    s.version());

            rotated.add(THIRD);

            assertThat(snapshot.rotated()).containsExactly(FIRST);
        }

        @Test
        void changing_a_rebuilt_session_does_not_change_the_snapshot_it_came_from() {
            SessionSnapshot stored = opened().snapshot();
            Session rebuilt = Session.reconstitute(stored);

            rebuilt.rotate(FIRST, SECOND, LATER, TTL);

            assertThat(stored.current()).isEqualTo(FIRST);
            assertThat(stored.rotated()).isEmpty();
        }
    }
}
