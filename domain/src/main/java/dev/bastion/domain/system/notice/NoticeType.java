package dev.bastion.domain.system.notice;

/** What a notice is: a standing announcement, or a notification about something that happened. */
public enum NoticeType {
    ANNOUNCEMENT,
    NOTIFICATION
}
