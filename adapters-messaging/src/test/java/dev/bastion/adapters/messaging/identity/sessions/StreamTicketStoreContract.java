package dev.bastion.adapters.messaging.identity.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.domain.identity.SessionId;
import dev.bastion.domain.identity.StreamTicket;
import dev.bastion.domain.identity.StreamTicketStore;
import dev.bastion.domain.identity.StreamTicketStore.Holder;
import dev.bastion.domain.identity.TokenDigest;
import dev.bastion.domain.identity.UserId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link StreamTicketStore} does. */
abstract class StreamTicketStoreContract {

    protected StreamTicketStore store;

    protected abstract StreamTicketStore newStore();

    @BeforeEach
    void freshStore() {
        store = newStore();
    }

    private static Holder holder() {
        return new Holder(UserId.newId(), SessionId.newId(), Instant.now().plusSeconds(30).truncatedTo(ChronoUnit.MILLIS));
    }

    @Test
    void aKeptTicketIsTakenOnceWithItsHolder() {
        TokenDigest digest = StreamTicket.issue().digest();
        Holder holder = holder();
        store.keep(digest, holder);

        assertThat(store.take(digest)).contains(holder);
        assertThat(store.take(digest)).isEmpty();
    }

    @Test
    void anUnknownTicketIsNothing() {
        assertThat(store.take(StreamTicket.issue().digest())).isEmpty();
    }

    @Test
    void ticketsAreKeptApart() {
        TokenDigest first = StreamTicket.issue().digest();
        TokenDigest second = StreamTicket.issue().digest();
        Holder one = holder();
        Holder two = holder();
        store.keep(first, one);
        store.keep(second, two);

        assertThat(store.take(second)).contains(two);
        assertThat(store.take(first)).contains(one);
    }

    @Test
    void ofManyConcurrentRedemptionsExactlyOneGetsTheTicket() throws Exception {
        TokenDigest digest = StreamTicket.issue().digest();
        store.keep(digest, holder());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Optional<Holder>>> takes = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                takes.add(pool.submit(() -> {
                    start.await();
                    return store.take(digest);
                }));
            }
            start.countDown();
            int winners = 0;
            for (Future<Optional<Holder>> take : takes) {
                winners += take.get().isPresent() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
