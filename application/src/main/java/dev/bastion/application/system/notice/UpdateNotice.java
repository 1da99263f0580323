package dev.bastion.application.system.notice;

import dev.bastion.application.shared.FieldPatch;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.system.notice.NoticeAudience;
import dev.bastion.domain.system.notice.NoticeId;
import dev.bastion.domain.system.notice.NoticeLevel;
import dev.bastion.domain.system.notice.NoticeType;
import java.time.Instant;
import java.util.Objects;

/**
 * Edits a DRAFT read at {@code version} (a stale one is {@code VERSION_CONFLICT}; any other state
 * is {@code CONFLICT}). A patch: a field left out keeps its value; {@code publishAt} and
 * {@code expiresAt} given as null are cleared; the others cannot be. The audience must lie within
 * the actor's reach before and after.
 */
public interface UpdateNotice {

    NoticeView update(UserId actor, Command command);

    record Command(NoticeId id, long version, FieldPatch<String> title, FieldPatch<String> content,
                   FieldPatch<NoticeType> type, FieldPatch<NoticeLevel> level, FieldPatch<NoticeAudience> audience,
                   FieldPatch<Instant> publishAt, FieldPatch<Instant> expiresAt) {

        public Command {
            Objects.requireNonNull(id, "id");
            title = title.requireValue("title");
            content = content.requireValue("content");
            type = type.requireValue("type");
            level = level.requireValue("level");
            audience = audience.requireValue("audience");
            Objects.requireNonNull(publishAt, "publishAt");
            Objects.requireNonNull(expiresAt, "expiresAt");
        }

        /** Every field given: the notice's whole new state ({@code content} as sent). */
        public static Command everyField(NoticeId id, long version, CreateNotice.Command fields) {
            return new Command(id, version, FieldPatch.of(fields.title()), FieldPatch.of(fields.content()),
                    FieldPatch.of(fields.type()), FieldPatch.of(fields.level()), FieldPatch.of(fields.audience()),
                    FieldPatch.of(fields.publishAt()), FieldPatch.of(fields.expiresAt()));
        }
    }
}
