package dev.bastion.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StreamTicketTest {

    @Test
    void anIssuedTicketReadsBackAndDigestsTheSame() {
        StreamTicket ticket = StreamTicket.issue();

        assertThat(ticket.value()).matches("[A-Za-z0-9_-]{43}");
        assertThat(StreamTicket.parse(ticket.value())).hasValueSatisfying(
                read -> assertThat(read.digest()).isEqualTo(ticket.digest()));
        assertThat(ticket.toString()).doesNotContain(ticket.value());
    }

    @Test
    void ticketsDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            assertThat(seen.add(StreamTicket.issue().value())).isTrue();
        }
    }

    @Test
    void textOfAnotherShapeIsNoTicket() {
        assertThat(StreamTicket.parse(null)).isEmpty();
        assertThat(StreamTicket.parse("")).isEmpty();
        assertThat(StreamTicket.parse("a".repeat(42))).isEmpty();
        assertThat(StreamTicket.parse("a".repeat(44))).isEmpty();
        assertThat(StreamTicket.parse("a".repeat(42) + "/")).isEmpty();
    }
}
