package dev.bastion.adapters.persistence.system.dictionary;

import dev.bastion.adapters.persistence.shared.PersistenceMapperConfig;
import dev.bastion.domain.system.dictionary.DictCode;
import dev.bastion.domain.system.dictionary.DictItemDetails;
import dev.bastion.domain.system.dictionary.DictItemId;
import dev.bastion.domain.system.dictionary.DictItemSnapshot;
import dev.bastion.domain.system.dictionary.DictStatus;
import dev.bastion.domain.system.dictionary.DictTag;
import dev.bastion.domain.system.dictionary.DictTypeDetails;
import dev.bastion.domain.system.dictionary.DictTypeId;
import dev.bastion.domain.system.dictionary.DictTypeSnapshot;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(config = PersistenceMapperConfig.class)
interface DictionaryRowMapper {

    @Mapping(target = "name", source = "details.name")
    @Mapping(target = "status", source = "details.status")
    @Mapping(target = "remark", source = "details.remark")
    DictTypeRow toRow(DictTypeSnapshot snapshot);

    @Mapping(target = "label", source = "details.label")
    @Mapping(target = "value", source = "details.value")
    @Mapping(target = "sort", source = "details.sort")
    @Mapping(target = "status", source = "details.status")
    @Mapping(target = "tag", source = "details.tag")
    @Mapping(target = "defaultItem", source = "details.isDefault")
    @Mapping(target = "remark", source = "details.remark")
    DictItemRow toRow(DictItemSnapshot snapshot);

    @Mapping(target = "details", source = ".")
    DictTypeSnapshot toSnapshot(DictTypeRow row);

    @Mapping(target = "details", source = ".")
    DictItemSnapshot toSnapshot(DictItemRow row);

    default DictTypeDetails typeDetails(DictTypeRow row) {
        return new DictTypeDetails(row.name(), DictStatus.valueOf(row.status()), row.remark());
    }

    default DictItemDetails itemDetails(DictItemRow row) {
        return new DictItemDetails(row.label(), row.value(), row.sort(), DictStatus.valueOf(row.status()),
                tag(row.tag()), row.defaultItem(), row.remark());
    }

    default String tag(DictTag tag) {
        return tag == null ? null : tag.value();
    }

    default DictTag tag(String tag) {
        return tag == null ? null : DictTag.parse("tag", tag);
    }

    default String code(DictCode code) {
        return code == null ? null : code.value();
    }

    default DictCode code(String code) {
        return code == null ? null : new DictCode(code);
    }

    default UUID id(DictTypeId id) {
        return id == null ? null : id.value();
    }

    default DictTypeId typeId(UUID id) {
        return id == null ? null : new DictTypeId(id);
    }

    default UUID id(DictItemId id) {
        return id == null ? null : id.value();
    }

    default DictItemId itemId(UUID id) {
        return id == null ? null : new DictItemId(id);
    }
}
