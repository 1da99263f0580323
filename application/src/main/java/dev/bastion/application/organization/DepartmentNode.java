package dev.bastion.application.organization;

import dev.bastion.domain.organization.Department;
import java.util.List;

/** A department and its children, siblings ordered by sort, then name. */
public record DepartmentNode(Department department, List<DepartmentNode> children) {

    public DepartmentNode {
        children = List.copyOf(children);
    }
}
