package dev.bastion.application.testing;

import dev.bastion.application.access.AccessCache;
import dev.bastion.application.access.UserProfile;
import dev.bastion.domain.access.UserAccess;
import dev.bastion.domain.identity.UserId;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The {@link AccessCache} contract in a map, without expiry, counting the loads it makes so a
 * test can tell a hit from a miss. Like the real cache, an entry loaded while
 * {@link #invalidateAll()} ran is not served again (each entry remembers the generation it was
 * loaded in).
 */
public final class InMemoryAccessCache implements AccessCache {

    private record Entry(long generation, UserAccess access) {
    }

    private record ProfileEntry(long generation, UserProfile profile) {
    }

    private final Map<UserId, Entry> entries = new HashMap<>();
    private final Map<UserId, ProfileEntry> profiles = new HashMap<>();
    private long generation;
    private int loads;

    @Override
    public UserAccess get(UserId user, Function<UserId, UserAccess> load) {
        long loadedIn;
        synchronized (this) {
            Entry hit = entries.get(user);
            if (hit != null && hit.generation() == generation) {
                return hit.access();
            }
            loadedIn = generation;
            loads++;
        }
        UserAccess loaded = load.apply(user); // outside the lock, as a database read would be
        synchronized (this) {
            entries.put(user, new Entry(loadedIn, loaded));
        }
        return loaded;
    }

    @Override
    public UserProfile profile(UserId user, Function<UserId, UserProfile> load) {
        long loadedIn;
        synchronized (this) {
            ProfileEntry hit = profiles.get(user);
            if (hit != null && hit.generation() == generation) {
                return hit.profile();
            }
            loadedIn = generation;
            loads++;
        }
        UserProfile loaded = load.apply(user);
        synchronized (this) {
            if (loaded != null) {
                profiles.put(user, new ProfileEntry(loadedIn, loaded));
            }
        }
        return loaded;
    }

    @Override
    public synchronized void invalidateAll() {
        generation++;
        entries.clear();
        profiles.clear();
    }

    /** How many times a {@link #get} had to load. */
    public synchronized int loads() {
        return loads;
    }
}
