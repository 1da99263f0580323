package dev.bastion.adapters.messaging.shared;

/**
 * A cache of this instance that may serve entries only while this instance hears changes (the
 * subscription of {@link ChangeSubscription} is up): a change made elsewhere meanwhile would go
 * unheard.
 */
public interface FollowsSubscription {

    /** The subscription is up (again): drop what was loaded meanwhile and cache. */
    void startCaching();

    /** The subscription is down: drop everything and stop caching until it is up again. */
    void stopCaching();
}
