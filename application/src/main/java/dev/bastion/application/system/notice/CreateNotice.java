package dev.bastion.application.system.notice;

import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.system.notice.NoticeAudience;
import dev.bastion.domain.system.notice.NoticeLevel;
import dev.bastion.domain.system.notice.NoticeType;
import java.time.Instant;
import java.util.Objects;

/**
 * A new DRAFT notice written by the actor. {@code content} is HTML as the client sent it; what is
 * stored (and answered) is what the sanitizer keeps. Every id of the audience must exist and the
 * audience lie within the actor's reach ({@link NoticeReach}).
 */
public interface CreateNotice {

    NoticeView create(UserId actor, Command command);

    /** {@code level} null: INFO. */
    record Command(String title, String content, NoticeType type, NoticeLevel level, NoticeAudience audience,
                   Instant publishAt, Instant expiresAt) {

        public Command {
            Objects.requireNonNull(audience, "audience");
        }
    }
}
