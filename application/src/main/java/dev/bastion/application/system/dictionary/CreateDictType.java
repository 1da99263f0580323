package dev.bastion.application.system.dictionary;

import dev.bastion.domain.system.dictionary.DictCode;
import dev.bastion.domain.system.dictionary.DictTypeDetails;
import java.util.Objects;

/** A new dictionary type, without items; a code in use is {@code CONFLICT} on {@code code}. */
public interface CreateDictType {

    DictTypeView create(Command command);

    record Command(DictCode code, DictTypeDetails details) {

        public Command {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(details, "details");
        }
    }
}
