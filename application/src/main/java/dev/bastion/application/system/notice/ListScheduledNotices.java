package dev.bastion.application.system.notice;

import dev.bastion.domain.system.notice.NoticeId;
import java.time.Instant;
import java.util.List;

/**
 * The notices published to be shown later (publishAt still ahead), soonest first: what a push
 * service schedules again after a restart.
 */
public interface ListScheduledNotices {

    List<Scheduled> scheduled();

    record Scheduled(NoticeId id, Instant publishAt) {
    }
}
