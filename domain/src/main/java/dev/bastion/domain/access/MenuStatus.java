package dev.bastion.domain.access;

/** Whether a menu entry is in use; a disabled entry grants nothing and is not shown. */
public enum MenuStatus {
    ENABLED,
    DISABLED
}
