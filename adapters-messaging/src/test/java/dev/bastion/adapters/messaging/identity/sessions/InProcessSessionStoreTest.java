package dev.bastion.adapters.messaging.identity.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.adapters.messaging.shared.RedisScripts;
import dev.bastion.domain.identity.Session;
import dev.bastion.domain.identity.SessionStore;
import dev.bastion.domain.identity.UserId;
import org.junit.jupiter.api.Test;

class InProcessSessionStoreTest extends SessionStoreContract {

    @Override
    protected SessionStore newStore() {
        return new InProcessSessionStore();
    }

    /** As Redis lets a session's hash expire: the margin after its expiry, with or without a lazy sweep due. */
    @Test
    void purgeExpiredAlsoDropsTheSessionsPastTheSafetyMargin() {
        Session session = open(UserId.newId());

        store.purgeExpired(session.expiresAt().plus(RedisScripts.SAFETY_MARGIN).minusMillis(1));
        assertThat(store.find(session.id())).isPresent();

        store.purgeExpired(session.expiresAt().plus(RedisScripts.SAFETY_MARGIN));
        assertThat(store.find(session.id())).isEmpty();
    }
}
