package dev.bastion.adapters.messaging.access;

import dev.bastion.adapters.messaging.shared.InProcessEventBus;

class InProcessEventBusTest extends EventBusContract {

    @Override
    protected Instance newInstance() {
        LocalAccessCache cache = newCache(true);
        var heard = heardList();
        return new Instance(cache, heard, new InProcessEventBus(listenersOf(cache, heard)));
    }
}
