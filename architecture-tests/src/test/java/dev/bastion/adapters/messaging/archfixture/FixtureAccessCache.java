package dev.bastion.adapters.messaging.archfixture;

import dev.bastion.application.access.AccessCache;
import dev.bastion.application.access.MenuView;
import dev.bastion.application.access.UserProfile;
import dev.bastion.application.shared.TreeNode;
import dev.bastion.domain.access.UserAccess;
import dev.bastion.domain.identity.UserId;
import java.util.List;
import java.util.function.Function;

/** Compliant: messaging implements the AccessCache port. */
public final class FixtureAccessCache implements AccessCache {

    @Override
    public UserAccess get(UserId user, Function<UserId, UserAccess> load) {
        return load.apply(user);
    }

    @Override
    public UserProfile profile(UserId user, Function<UserId, UserProfile> load) {
        return load.apply(user);
    }

    @Override
    public List<TreeNode<MenuView>> menus(UserId user, Function<UserId, List<TreeNode<MenuView>>> load) {
        return load.apply(user);
    }

    @Override
    public void invalidateAll() {
    }

    @Override
    public void invalidate(UserId user) {
    }
}
