package dev.bastion.application.access;

import dev.bastion.application.shared.TreeNode;
import dev.bastion.domain.access.Menu;
import java.util.List;

/** The whole menu tree: top-level entries with their descendants, siblings by sort. */
public interface ListMenuTree {

    List<TreeNode<Menu>> tree();
}
