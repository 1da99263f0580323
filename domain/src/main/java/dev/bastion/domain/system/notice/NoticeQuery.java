package dev.bastion.domain.system.notice;

/**
 * The administrators' listing filters, each optional: type, status, and {@code title} as a
 * search string (the titles containing it, ignoring case).
 */
public record NoticeQuery(NoticeType type, NoticeStatus status, String title) {

    public static NoticeQuery any() {
        return new NoticeQuery(null, null, null);
    }
}
