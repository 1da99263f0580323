package dev.bastion.application.organization;

import dev.bastion.application.shared.TreeNode;
import dev.bastion.domain.organization.Department;
import java.util.List;

/** The whole organization as a tree: the root departments with their descendants, siblings by sort, then name. */
public interface ListDepartmentTree {

    List<TreeNode<Department>> tree();
}
