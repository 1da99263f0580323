package dev.bastion.adapters.messaging.access;

class InProcessAccessChangesTest extends AccessChangesContract {

    @Override
    protected Instance newInstance() {
        LocalAccessCache cache = newCache(true);
        return new Instance(cache, new InProcessAccessChanges(cache));
    }
}
