package dev.bastion.domain.access;

/**
 * Which records a role lets its holders see and change (docs/api.md, "Permissions and data scope"): all, those of
 * the role's own list of departments, of the holder's department, of that department and its
 * sub-departments, or only the holder's own.
 */
public enum DataScope {
    ALL,
    CUSTOM,
    DEPT,
    DEPT_AND_CHILDREN,
    SELF
}
