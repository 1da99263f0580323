package dev.bastion.application.access;

import dev.bastion.application.shared.TreeNode;
import java.util.List;

/** The whole menu tree: top-level entries with their descendants, siblings by sort. */
public interface ListMenuTree {

    List<TreeNode<MenuView>> tree();
}
