package dev.bastion.domain.access;

/** Whether a role is in use; a disabled role grants nothing to its holders. */
public enum RoleStatus {
    ENABLED,
    DISABLED
}
