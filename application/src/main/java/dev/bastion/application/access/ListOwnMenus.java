package dev.bastion.application.access;

import dev.bastion.application.shared.TreeNode;
import dev.bastion.domain.identity.UserId;
import java.util.List;

/**
 * The directories and menus a user's roles grant, as a tree for a front end's router: enabled
 * entries only, no buttons, with the directories above a granted entry (a disabled directory
 * hides what is under it). Whoever holds {@code *} gets every entry.
 */
public interface ListOwnMenus {

    List<TreeNode<MenuView>> menusOf(UserId user);
}
