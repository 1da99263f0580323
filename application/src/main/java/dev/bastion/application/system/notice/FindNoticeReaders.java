package dev.bastion.application.system.notice;

import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.system.notice.NoticeId;
import java.util.Collection;
import java.util.Optional;

/**
 * Of {@code candidates} (say, the users connected to this instance), those to whom the notice is
 * visible now, each with their view of it, in one query; empty when the notice does not exist.
 * A scheduled notice has no readers yet: push it again at {@link NoticeReaders#visibleFrom()}.
 */
public interface FindNoticeReaders {

    Optional<NoticeReaders> visibleAmong(NoticeId id, Collection<UserId> candidates);
}
