package dev.bastion.domain.organization;

/** Whether a department is in use. */
public enum DepartmentStatus {
    ENABLED,
    DISABLED
}
