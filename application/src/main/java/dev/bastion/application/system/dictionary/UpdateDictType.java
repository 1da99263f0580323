package dev.bastion.application.system.dictionary;

import dev.bastion.application.shared.FieldPatch;
import dev.bastion.domain.system.dictionary.DictStatus;
import dev.bastion.domain.system.dictionary.DictTypeDetails;
import dev.bastion.domain.system.dictionary.DictTypeId;
import java.util.Objects;

/**
 * Changes a dictionary type read at {@code version} (a stale one is {@code VERSION_CONFLICT}). A
 * patch: a field left out keeps its value; {@code remark} given as null is cleared; {@code name}
 * and {@code status} cannot be. The code never changes.
 */
public interface UpdateDictType {

    DictTypeView update(Command command);

    record Command(DictTypeId id, long version, FieldPatch<String> name, FieldPatch<DictStatus> status,
                   FieldPatch<String> remark) {

        public Command {
            Objects.requireNonNull(id, "id");
            name = name.requireValue("name");
            status = status.requireValue("status");
            Objects.requireNonNull(remark, "remark");
        }

        /** Every field given: the type's whole new state. */
        public static Command everyField(DictTypeId id, DictTypeDetails details, long version) {
            return new Command(id, version, FieldPatch.of(details.name()), FieldPatch.of(details.status()),
                    FieldPatch.of(details.remark()));
        }

        /** The type's details once this patch is applied to {@code current}. */
        public DictTypeDetails applyTo(DictTypeDetails current) {
            return new DictTypeDetails(name.applyTo(current.name()), status.applyTo(current.status()),
                    remark.applyTo(current.remark()));
        }
    }
}
