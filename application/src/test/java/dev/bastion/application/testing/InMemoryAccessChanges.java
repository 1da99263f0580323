package dev.bastion.application.testing;

import dev.bastion.application.access.AccessChanges;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@link AccessChanges} for use-case tests: every announcement invalidates the given caches at
 * once (as if each were another instance's) and is counted.
 */
public final class InMemoryAccessChanges implements AccessChanges {

    private final List<InMemoryAccessCache> caches;
    private final AtomicInteger announced = new AtomicInteger();

    public InMemoryAccessChanges(InMemoryAccessCache... caches) {
        this.caches = List.of(caches);
    }

    @Override
    public void announce() {
        announced.incrementAndGet();
        caches.forEach(InMemoryAccessCache::invalidateAll);
    }

    /** How many changes were announced. */
    public int announced() {
        return announced.get();
    }
}
