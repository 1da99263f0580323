package dev.bastion.application.system.notice;

import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.system.notice.NoticeId;
import java.time.Instant;
import java.util.Map;

/**
 * For pushing a notice to those connected: since when it is shown ({@code visibleFrom}: its
 * publishAt, else when it was published; null for a draft), and, of the users asked about, those
 * who see it now with it as they have it.
 */
public record NoticeReaders(NoticeId id, Instant visibleFrom, Map<UserId, MyNoticeView> readers) {

    public NoticeReaders {
        readers = Map.copyOf(readers);
    }
}
