package dev.bastion.domain.system.notice;

/** How urgent a notice is, for a front end to show it accordingly. */
public enum NoticeLevel {
    INFO,
    WARNING,
    CRITICAL
}
