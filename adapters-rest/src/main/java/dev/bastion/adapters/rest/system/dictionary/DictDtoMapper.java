package dev.bastion.adapters.rest.system.dictionary;

import dev.bastion.adapters.rest.json.SentFields;
import dev.bastion.adapters.rest.shared.RestMapperConfig;
import dev.bastion.application.system.dictionary.DictItemView;
import dev.bastion.application.system.dictionary.DictTypeView;
import dev.bastion.application.system.dictionary.UpdateDictItem;
import dev.bastion.application.system.dictionary.UpdateDictType;
import dev.bastion.domain.system.dictionary.DictCode;
import dev.bastion.domain.system.dictionary.DictItemDetails;
import dev.bastion.domain.system.dictionary.DictItemId;
import dev.bastion.domain.system.dictionary.DictStatus;
import dev.bastion.domain.system.dictionary.DictTag;
import dev.bastion.domain.system.dictionary.DictTypeDetails;
import dev.bastion.domain.system.dictionary.DictTypeId;
import java.util.Objects;
import org.mapstruct.Mapper;

/** Dictionary read models to DTOs (generated), and request bodies to commands; the domain validates what the DTO cannot. */
@Mapper(config = RestMapperConfig.class)
interface DictDtoMapper {

    DictTypeResponse toResponse(DictTypeView type);

    DictItemResponse toResponse(DictItemView item);

    default String id(DictTypeId id) {
        return id == null ? null : id.toString();
    }

    default String id(DictItemId id) {
        return id == null ? null : id.toString();
    }

    default String code(DictCode code) {
        return code == null ? null : code.value();
    }

    default String tag(DictTag tag) {
        return tag == null ? null : tag.value();
    }

    default DictTypeDetails typeDetails(CreateDictTypeRequest body) {
        return new DictTypeDetails(body.name(), status(body.status()), body.remark());
    }

    default DictItemDetails itemDetails(CreateDictItemRequest body) {
        return new DictItemDetails(body.label(), body.value(), body.sort() == null ? 0 : body.sort(),
                status(body.status()), tagOrNone(body.tag()), Boolean.TRUE.equals(body.isDefault()), body.remark());
    }

    /** The patch {@code body} asks for: fields it left out are absent, {@code ""} counts as {@code null}. */
    default UpdateDictType.Command command(DictTypeId id, UpdateDictTypeRequest body) {
        SentFields sent = Objects.requireNonNull(body.sentFields(), "sentFields (set by the body reader)");
        return new UpdateDictType.Command(id, body.version(), sent.patch("name", body.name()),
                sent.patch("status", body.status() == null ? null : DictStatus.parse("status", body.status())),
                sent.patch("remark", body.remark()));
    }

    /** The patch {@code body} asks for: fields it left out are absent, {@code ""} counts as {@code null}. */
    default UpdateDictItem.Command command(DictItemId id, UpdateDictItemRequest body) {
        SentFields sent = Objects.requireNonNull(body.sentFields(), "sentFields (set by the body reader)");
        return new UpdateDictItem.Command(id, body.version(), sent.patch("label", body.label()),
                sent.patch("value", body.value()), sent.patch("sort", body.sort()),
                sent.patch("status", body.status() == null ? null : DictStatus.parse("status", body.status())),
                sent.patch("tag", tagOrNone(body.tag())), sent.patch("isDefault", body.isDefault()),
                sent.patch("remark", body.remark()));
    }

    private static DictStatus status(String text) {
        return text == null ? DictStatus.ENABLED : DictStatus.parse("status", text);
    }

    private static DictTag tagOrNone(String text) {
        return text == null || text.isBlank() ? null : DictTag.parse("tag", text);
    }
}
