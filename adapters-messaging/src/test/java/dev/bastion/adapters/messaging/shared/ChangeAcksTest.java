package dev.bastion.adapters.messaging.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An announcement is complete when as many instances have acknowledged as received it, in any order. */
class ChangeAcksTest {

    @Test
    void completesWhenEveryReceiverHasAcknowledged() {
        ChangeAcks acks = new ChangeAcks();

        acks.received();
        acks.expect(3);
        assertThat(acks.all()).isNotDone();
        acks.received();
        assertThat(acks.all()).isNotDone();
        acks.received();

        assertThat(acks.all()).isDone();
        assertThat(acks.receivedSoFar()).isEqualTo(3);
    }

    @Test
    void acknowledgementsArrivingBeforeTheCountAreCounted() {
        ChangeAcks acks = new ChangeAcks();
        acks.received();
        acks.received();

        acks.expect(2);

        assertThat(acks.all()).isDone();
    }

    @Test
    void nothingCompletesBeforeTheCountIsKnown() {
        ChangeAcks acks = new ChangeAcks();
        for (int i = 0; i < 10; i++) {
            acks.received();
        }

        assertThat(acks.all()).isNotDone();
    }
}
