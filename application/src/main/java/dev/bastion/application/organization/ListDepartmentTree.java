package dev.bastion.application.organization;

import java.util.List;

/** The whole organization as a tree: the root departments with their descendants. */
public interface ListDepartmentTree {

    List<DepartmentNode> tree();
}
