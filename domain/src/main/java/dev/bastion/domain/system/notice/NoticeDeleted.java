package dev.bastion.domain.system.notice;

import dev.bastion.domain.shared.DomainEvent;
import java.util.Objects;
import java.util.UUID;

/** A draft notice was deleted. */
public record NoticeDeleted(NoticeId notice) implements DomainEvent {

    public NoticeDeleted {
        Objects.requireNonNull(notice, "notice");
    }

    @Override
    public UUID subject() {
        return notice.value();
    }
}
