package dev.bastion.application.access;

/**
 * Tells every instance that effective access changed: a role, a menu, a user's roles or a
 * department (data scopes resolve to departments); or a user's profile as {@code /auth/me} shows
 * it (an update, a deletion, a password change or reset). Each instance drops its cached access
 * and profiles ({@link AccessCache#invalidateAll()}).
 *
 * <p>Call {@link #announce()} only after the change has committed: an instance told earlier could
 * read the old state again and cache it. When {@link #announce()} returns, every instance has
 * dropped its cached access (or, across instances, has at least been sent the message), so the
 * next request anywhere sees the change. If the other instances cannot be told, it throws
 * {@code UnavailableException}; the change itself stays committed.
 */
public interface AccessChanges {

    /** Every instance drops its cached access; see the type's documentation for when to call it. */
    void announce();
}
