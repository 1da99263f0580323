package dev.bastion.domain.system.notice;

/** Where a notice is in its life: written, shown to its audience, withdrawn. Only forward. */
public enum NoticeStatus {
    DRAFT,
    PUBLISHED,
    REVOKED
}
