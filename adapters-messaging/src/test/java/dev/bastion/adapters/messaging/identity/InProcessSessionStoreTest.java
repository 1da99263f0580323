package dev.bastion.adapters.messaging.identity;

import dev.bastion.domain.identity.SessionStore;

class InProcessSessionStoreTest extends SessionStoreContract {

    @Override
    protected SessionStore newStore() {
        return new InProcessSessionStore();
    }
}
