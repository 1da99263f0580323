package dev.bastion.application.access;

import dev.bastion.application.shared.TreeNode;
import dev.bastion.domain.access.UserAccess;
import dev.bastion.domain.identity.UserId;
import java.util.List;
import java.util.function.Function;

/**
 * Effective access (and the profile {@code /auth/me} shows) kept between requests, so that a
 * permission check does not read the database each time. An outbound port of the application (like {@code Transactions}): it is about serving
 * use cases fast, not about the domain. The messaging adapter implements it.
 *
 * <p>Entries are dropped on every instance by {@link AccessCacheInvalidation}: one user's by
 * {@link #invalidate(UserId)} when a change concerns that user alone, all by {@link #invalidateAll()}
 * when it may concern anyone (a role, a menu, a department); and, as a safety net, after a short time
 * to live.
 */
public interface AccessCache {

    /**
     * The cached access of {@code user}, or what {@code load} returns (then cached). An
     * {@link #invalidateAll()}, or an {@link #invalidate(UserId)} of this user, that happens while
     * {@code load} runs wins: the loaded value may answer this call but is not served again, since
     * it may have been read before the change.
     */
    UserAccess get(UserId user, Function<UserId, UserAccess> load);

    /**
     * The cached profile of {@code user}, or what {@code load} returns (then cached; null, for a
     * user who is gone, is not). Dropped together with the access, by {@link #invalidateAll()}.
     */
    UserProfile profile(UserId user, Function<UserId, UserProfile> load);

    /**
     * The cached own menus of {@code user} ({@link ListOwnMenus}), or what {@code load} returns (then
     * cached). Dropped together with the access, by {@link #invalidateAll()}: the events that change a
     * user's grants (roles, menus, role grants, user roles) are those that change the tree.
     */
    List<TreeNode<MenuView>> menus(UserId user, Function<UserId, List<TreeNode<MenuView>>> load);

    /** Forgets every cached access of this instance: the next {@link #get} of each user loads again. */
    void invalidateAll();

    /**
     * Forgets the cached access, profile and menus of {@code user} on this instance (a change to
     * that user alone): the next read of each loads again. Other users' entries may stay.
     */
    void invalidate(UserId user);
}
