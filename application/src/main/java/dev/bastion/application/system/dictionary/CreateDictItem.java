package dev.bastion.application.system.dictionary;

import dev.bastion.domain.system.dictionary.DictCode;
import dev.bastion.domain.system.dictionary.DictItemDetails;
import java.util.Objects;

/**
 * A new item of the type {@code typeCode}: an unknown type is {@code typeCode} named as invalid; a
 * value the type has already is {@code CONFLICT} on {@code value}; a second default is
 * {@code CONFLICT} on {@code isDefault}.
 */
public interface CreateDictItem {

    DictItemView create(Command command);

    record Command(DictCode typeCode, DictItemDetails details) {

        public Command {
            Objects.requireNonNull(typeCode, "typeCode");
            Objects.requireNonNull(details, "details");
        }
    }
}
