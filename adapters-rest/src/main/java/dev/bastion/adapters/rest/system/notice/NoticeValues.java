package dev.bastion.adapters.rest.system.notice;

/** The enum values a notice body or filter accepts, and the messages naming them. */
final class NoticeValues {

    static final String TYPES = "ANNOUNCEMENT|NOTIFICATION";
    static final String TYPE_RULE = "must be one of ANNOUNCEMENT | NOTIFICATION";
    static final String LEVELS = "INFO|WARNING|CRITICAL";
    static final String LEVEL_RULE = "must be one of INFO | WARNING | CRITICAL";
    static final String STATUSES = "DRAFT|PUBLISHED|REVOKED";
    static final String STATUS_RULE = "must be one of DRAFT | PUBLISHED | REVOKED";

    private NoticeValues() {
    }
}
