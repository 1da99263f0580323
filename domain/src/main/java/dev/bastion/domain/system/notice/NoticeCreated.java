package dev.bastion.domain.system.notice;

import dev.bastion.domain.shared.DomainEvent;
import java.util.Objects;
import java.util.UUID;

/** A notice was written (as a draft). */
public record NoticeCreated(NoticeId notice) implements DomainEvent {

    public NoticeCreated {
        Objects.requireNonNull(notice, "notice");
    }

    @Override
    public UUID subject() {
        return notice.value();
    }
}
