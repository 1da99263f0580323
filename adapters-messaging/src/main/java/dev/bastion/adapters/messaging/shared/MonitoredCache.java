package dev.bastion.adapters.messaging.shared;

import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

/**
 * One of Bastion's caches as the cache monitor shows it ({@code GET /monitor/cache}, the meters
 * {@code bastion_cache_gets_total} and {@code bastion_cache_entries}) and as an operator empties it
 * ({@code DELETE /monitor/cache/{name}}): on every instance, by a change on its channel
 * ({@link ChangeAnnouncer}), which each instance's {@link ChangeSubscription} hears like any other.
 * A cache that already has a channel of its own keeps it ({@code sessions-changed}); the others
 * hear {@code cache-cleared:<name>}.
 */
public interface MonitoredCache extends HeardChanges {

    /** The channel of a cleared cache that has no channel of its own, under the key prefix. */
    static String clearedChannel(String name) {
        return "cache-cleared:" + name;
    }

    /** The name the API and the meters use, e.g. {@code access}. */
    String name();

    /** What it holds, for people. */
    String description();

    long entries();

    long hits();

    long misses();

    /** The keys held now, as text (the in-process listing of {@code GET /monitor/cache/keys}). */
    Stream<String> keys();

    @Override
    default String channel() {
        return clearedChannel(name());
    }

    /** A monitored cache whose figures and keys are those of the one {@link ChangeAwareCache} it holds. */
    interface OverOneCache extends MonitoredCache {

        /** The cache whose figures are shown. */
        ChangeAwareCache<?, ?> monitoredEntries();

        @Override
        default long entries() {
            return monitoredEntries().size();
        }

        @Override
        default long hits() {
            return monitoredEntries().hits();
        }

        @Override
        default long misses() {
            return monitoredEntries().misses();
        }

        @Override
        default Stream<String> keys() {
            return monitoredEntries().keys().map(String::valueOf);
        }
    }

    /**
     * A cache kept elsewhere (a single value in application, such as the sign-in policies), seen
     * through its counters; {@code clear} drops it on this instance. It never stops serving with
     * the subscription: what keeps it true is the event stream, which replays what was missed.
     */
    static MonitoredCache of(String name, String description, LongSupplier entries, LongSupplier hits,
                             LongSupplier misses, Runnable clear) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        return new MonitoredCache() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String description() {
                return description;
            }

            @Override
            public long entries() {
                return entries.getAsLong();
            }

            @Override
            public long hits() {
                return hits.getAsLong();
            }

            @Override
            public long misses() {
                return misses.getAsLong();
            }

            @Override
            public Stream<String> keys() {
                return entries.getAsLong() > 0 ? Stream.of("current") : Stream.empty();
            }

            @Override
            public void invalidateAll() {
                clear.run();
            }

            @Override
            public void startCaching() {
                // follows the event stream, not the subscription
            }

            @Override
            public void stopCaching() {
                // follows the event stream, not the subscription
            }
        };
    }
}
