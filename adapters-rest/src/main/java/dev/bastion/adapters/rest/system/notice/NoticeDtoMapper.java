package dev.bastion.adapters.rest.system.notice;

import dev.bastion.adapters.rest.json.SentFields;
import dev.bastion.adapters.rest.shared.IdMappings;
import dev.bastion.adapters.rest.shared.RestMapperConfig;
import dev.bastion.application.system.notice.CreateNotice;
import dev.bastion.application.system.notice.MyNoticeView;
import dev.bastion.application.system.notice.NoticeView;
import dev.bastion.application.system.notice.UpdateNotice;
import dev.bastion.domain.access.RoleId;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.shared.CanonicalUuid;
import dev.bastion.domain.system.notice.NoticeAudience;
import dev.bastion.domain.system.notice.NoticeId;
import dev.bastion.domain.system.notice.NoticeLevel;
import dev.bastion.domain.system.notice.NoticeType;
import dev.bastion.domain.shared.InvalidValueException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.mapstruct.Mapper;

/**
 * Notice read models to DTOs (generated), and request bodies to commands: ids parsed where they
 * stand ({@code audience.deptIds[1]}), enum names already checked by the body's patterns.
 */
@Mapper(config = RestMapperConfig.class, uses = IdMappings.class)
interface NoticeDtoMapper {

    NoticeResponse toResponse(NoticeView notice);

    MyNoticeResponse toResponse(MyNoticeView notice);

    AudienceBody toBody(NoticeAudience audience);

    default String noticeId(NoticeId id) {
        return id == null ? null : id.toString();
    }

    default CreateNotice.Command command(CreateNoticeRequest body) {
        return new CreateNotice.Command(body.title(), body.content(), NoticeType.valueOf(body.type()),
                body.level() == null ? null : NoticeLevel.valueOf(body.level()), audience(body.audience()),
                instant("publishAt", body.publishAt()), instant("expiresAt", body.expiresAt()));
    }

    /** The patch {@code body} asks for: fields it left out are absent. */
    default UpdateNotice.Command command(NoticeId id, UpdateNoticeRequest body) {
        SentFields sent = Objects.requireNonNull(body.sentFields(), "sentFields (set by the body reader)");
        return new UpdateNotice.Command(id, body.version(), sent.patch("title", body.title()),
                sent.patch("content", body.content()),
                sent.patch("type", body.type() == null ? null : NoticeType.valueOf(body.type())),
                sent.patch("level", body.level() == null ? null : NoticeLevel.valueOf(body.level())),
                sent.patch("audience", body.audience() == null ? null : audience(body.audience())),
                sent.patch("publishAt", instant("publishAt", body.publishAt())),
                sent.patch("expiresAt", instant("expiresAt", body.expiresAt())));
    }

    default NoticeAudience audience(AudienceBody body) {
        return new NoticeAudience(Boolean.TRUE.equals(body.all()), ids("audience.roleIds", body.roleIds(), RoleId::new),
                ids("audience.deptIds", body.deptIds(), DeptId::new), ids("audience.userIds", body.userIds(), UserId::new));
    }

    /** An ISO-8601 timestamp read here, so that a malformed one is named by its field. */
    private static Instant instant(String field, String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, "must be an ISO-8601 timestamp with an offset, such as "
                    + "2026-11-25T19:08:38Z");
        }
    }

    private static <T> List<T> ids(String field, List<String> texts, Function<UUID, T> id) {
        if (texts == null) {
            return List.of();
        }
        List<T> ids = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            ids.add(id.apply(CanonicalUuid.parse(field + "[" + i + "]", texts.get(i))));
        }
        return ids;
    }
}
