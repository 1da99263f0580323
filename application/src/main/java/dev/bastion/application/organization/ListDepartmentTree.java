package dev.bastion.application.organization;

import dev.bastion.domain.identity.UserId;
import dev.bastion.application.shared.TreeNode;
import java.util.List;

/**
 * The departments in the actor's data scope as a tree, siblings by sort, then name: the whole
 * organization for scope ALL; otherwise each department whose parent lies outside the scope is a
 * root of its own (nothing outside the scope appears, not even as an ancestor).
 */
public interface ListDepartmentTree {

    List<TreeNode<DepartmentView>> tree(UserId actor);
}
