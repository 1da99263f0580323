package dev.bastion.domain.system.notice;

import dev.bastion.domain.shared.DomainEvent;
import java.util.Objects;
import java.util.UUID;

/** A notice was published: its audience sees it from its {@code publishAt} on (at once when it has none). */
public record NoticePublished(NoticeId notice) implements DomainEvent {

    public NoticePublished {
        Objects.requireNonNull(notice, "notice");
    }

    @Override
    public UUID subject() {
        return notice.value();
    }
}
