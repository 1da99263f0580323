package dev.bastion.adapters.messaging.identity.sessions;

import dev.bastion.domain.identity.SessionStore;

class InProcessSessionStoreTest extends SessionStoreContract {

    @Override
    protected SessionStore newStore() {
        return new InProcessSessionStore();
    }
}
