package dev.bastion.application.testing;

import dev.bastion.application.access.AccessCache;
import dev.bastion.application.access.MenuView;
import dev.bastion.application.access.UserProfile;
import dev.bastion.application.shared.TreeNode;
import dev.bastion.domain.access.UserAccess;
import dev.bastion.domain.identity.UserId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The {@link AccessCache} contract in a map, without expiry, counting the loads it makes so a
 * test can tell a hit from a miss. Like the real cache, an entry loaded while
 * {@link #invalidateAll()} ran, or {@link #invalidate(UserId)} of its user, is not served again (each
 * entry remembers the generations it was loaded in: the cache's and its user's).
 */
public final class InMemoryAccessCache implements AccessCache {

    private record Entry<V>(long generation, long userGeneration, V value) {
    }

    private final Map<UserId, Entry<UserAccess>> entries = new HashMap<>();
    private final Map<UserId, Entry<UserProfile>> profiles = new HashMap<>();
    private final Map<UserId, Entry<List<TreeNode<MenuView>>>> menus = new HashMap<>();
    private final Map<UserId, Long> userGenerations = new HashMap<>();
    private long generation;
    private int loads;

    @Override
    public UserAccess get(UserId user, Function<UserId, UserAccess> load) {
        return cached(entries, user, load);
    }

    @Override
    public UserProfile profile(UserId user, Function<UserId, UserProfile> load) {
        return cached(profiles, user, load);
    }

    @Override
    public List<TreeNode<MenuView>> menus(UserId user, Function<UserId, List<TreeNode<MenuView>>> load) {
        return cached(menus, user, load);
    }

    private <V> V cached(Map<UserId, Entry<V>> map, UserId user, Function<UserId, V> load) {
        long loadedIn;
        long userLoadedIn;
        synchronized (this) {
            long userGeneration = userGenerations.getOrDefault(user, 0L);
            Entry<V> hit = map.get(user);
            if (hit != null && hit.generation() == generation && hit.userGeneration() == userGeneration) {
                return hit.value();
            }
            loadedIn = generation;
            userLoadedIn = userGeneration;
            loads++;
        }
        V loaded = load.apply(user); // outside the lock, as a database read would be
        synchronized (this) {
            if (loaded != null) { // like the real cache: a user who is gone is not cached
                map.put(user, new Entry<>(loadedIn, userLoadedIn, loaded));
            }
        }
        return loaded;
    }

    @Override
    public synchronized void invalidateAll() {
        generation++;
        entries.clear();
        profiles.clear();
        menus.clear();
    }

    @Override
    public synchronized void invalidate(UserId user) {
        userGenerations.merge(user, 1L, Long::sum);
        entries.remove(user);
        profiles.remove(user);
        menus.remove(user);
    }

    /** How many times {@code user}'s entries alone were dropped. */
    public synchronized long invalidationsOf(UserId user) {
        return userGenerations.getOrDefault(user, 0L);
    }

    /** How many times the whole cache was dropped. */
    public synchronized int invalidations() {
        return (int) generation;
    }

    /** How many times a {@link #get} had to load. */
    public synchronized int loads() {
        return loads;
    }
}
