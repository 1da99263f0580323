package dev.bastion.adapters.messaging.shared;

/**
 * A cache of this instance that must drop its entries when a change is announced on its channel,
 * by this instance or another ({@link ChangeSubscription} delivers, {@link ChangeAnnouncer}
 * sends). It caches only while the subscription is up: changes sent while it is down are lost.
 */
public interface HeardChanges {

    /** The channel's name under the key prefix, e.g. {@code access-changed}. */
    String channel();

    /** A change was heard: drop every entry. */
    void invalidateAll();

    /** The subscription is up (again): drop what was loaded meanwhile and cache. */
    void startCaching();

    /** The subscription is down: drop everything and stop caching until it is up again. */
    void stopCaching();
}
