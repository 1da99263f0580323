package dev.bastion.domain.system.notice;

import dev.bastion.domain.shared.DomainEvent;
import java.util.Objects;
import java.util.UUID;

/** A published notice was withdrawn: nobody sees it any more. */
public record NoticeRevoked(NoticeId notice) implements DomainEvent {

    public NoticeRevoked {
        Objects.requireNonNull(notice, "notice");
    }

    @Override
    public UUID subject() {
        return notice.value();
    }
}
