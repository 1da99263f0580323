package dev.bastion.application.organization;

import dev.bastion.domain.organization.DeptId;
import java.util.Optional;

/**
 * Records outside the core that a department owns (a business module's warehouses): a department
 * that still owns any is not deleted, as one with members is not. Business modules implement it for
 * their department-owned aggregates; the core asks every implementation before deleting.
 */
public interface DepartmentOwnedRecords {

    /**
     * What of {@code dept}'s live records this holds, for the refusal's message ("warehouses of the
     * inventory module"), or empty when it holds none.
     */
    Optional<String> ownedBy(DeptId dept);
}
