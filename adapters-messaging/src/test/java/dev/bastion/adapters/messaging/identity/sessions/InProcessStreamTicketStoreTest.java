package dev.bastion.adapters.messaging.identity.sessions;

import dev.bastion.domain.identity.StreamTicketStore;

class InProcessStreamTicketStoreTest extends StreamTicketStoreContract {

    @Override
    protected StreamTicketStore newStore() {
        return new InProcessStreamTicketStore();
    }
}
