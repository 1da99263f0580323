package dev.bastion.domain.system.notice;

import static dev.bastion.domain.system.notice.NoticeFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.DomainEvent;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The state machine, for every pair of state and action (and for sequences of actions): a legal
 * action moves the notice as the table says and records its event; an illegal one is a CONFLICT
 * naming the notice's state and the state the action needs, and changes nothing.
 */
class NoticeLifeProperties {

    enum Action { EDIT, DELETE, PUBLISH, REVOKE }

    /** The table: from which state each action is legal, and where it leads. */
    private static final Map<Action, NoticeStatus> LEGAL_FROM = Map.of(Action.EDIT, NoticeStatus.DRAFT,
            Action.DELETE, NoticeStatus.DRAFT, Action.PUBLISH, NoticeStatus.DRAFT, Action.REVOKE, NoticeStatus.PUBLISHED);
    private static final Map<Action, NoticeStatus> LEADS_TO = Map.of(Action.EDIT, NoticeStatus.DRAFT,
            Action.DELETE, NoticeStatus.DRAFT, Action.PUBLISH, NoticeStatus.PUBLISHED, Action.REVOKE, NoticeStatus.REVOKED);

    @Property
    void every_state_and_action_follows_the_table(@ForAll NoticeStatus state, @ForAll Action action) {
        Notice notice = NoticeFixtures.in(state);
        long version = notice.version();
        Throwable refusal = catchThrowable(() -> apply(action, notice));
        if (LEGAL_FROM.get(action) == state) {
            assertThat(refusal).isNull();
            assertThat(notice.status()).isEqualTo(LEADS_TO.get(action));
            assertThat(notice.pullEvents()).hasSize(1).first().isInstanceOf(eventOf(action));
        } else {
            assertThat(refusal).isInstanceOf(ConflictException.class)
                    .hasMessageContaining(state.name()).hasMessageContaining(LEGAL_FROM.get(action).name());
            assertThat(notice.status()).isEqualTo(state);
            assertThat(notice.pullEvents()).isEmpty();
            assertThat(notice.version()).isEqualTo(version);
        }
    }

    @Property
    void a_sequence_of_actions_only_ever_moves_forward(@ForAll List<Action> actions) {
        Notice notice = NoticeFixtures.in(NoticeStatus.DRAFT);
        for (Action action : actions) {
            NoticeStatus before = notice.status();
            try {
                apply(action, notice);
            } catch (ConflictException refused) {
                assertThat(notice.status()).isEqualTo(before);
                continue;
            }
            assertThat(notice.status().ordinal()).isGreaterThanOrEqualTo(before.ordinal());
            if (action == Action.DELETE) {
                return; // a deleted notice is gone
            }
        }
        assertThat(notice.publishedAt().isPresent()).isEqualTo(notice.status() != NoticeStatus.DRAFT);
    }

    private static void apply(Action action, Notice notice) {
        switch (action) {
            case EDIT -> notice.revise(NoticeFixtures.details("Changed " + System.nanoTime()), NOW);
            case DELETE -> notice.delete(NOW);
            case PUBLISH -> notice.publish(NOW);
            case REVOKE -> notice.revoke(NOW);
        }
    }

    private static Class<? extends DomainEvent> eventOf(Action action) {
        return switch (action) {
            case EDIT -> NoticeChanged.class;
            case DELETE -> NoticeDeleted.class;
            case PUBLISH -> NoticePublished.class;
            case REVOKE -> NoticeRevoked.class;
        };
    }
}
