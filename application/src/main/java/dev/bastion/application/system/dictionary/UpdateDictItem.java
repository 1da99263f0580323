package dev.bastion.application.system.dictionary;

import dev.bastion.application.shared.FieldPatch;
import dev.bastion.domain.system.dictionary.DictItemDetails;
import dev.bastion.domain.system.dictionary.DictItemId;
import dev.bastion.domain.system.dictionary.DictStatus;
import dev.bastion.domain.system.dictionary.DictTag;
import java.util.Objects;

/**
 * Changes an item read at {@code version} (a stale one is {@code VERSION_CONFLICT}); the same
 * uniqueness rules as {@link CreateDictItem}. A patch: a field left out keeps its value;
 * {@code tag} and {@code remark} given as null are cleared; the others cannot be. Its type never
 * changes.
 */
public interface UpdateDictItem {

    DictItemView update(Command command);

    record Command(DictItemId id, long version, FieldPatch<String> label, FieldPatch<String> value,
                   FieldPatch<Integer> sort, FieldPatch<DictStatus> status, FieldPatch<DictTag> tag,
                   FieldPatch<Boolean> isDefault, FieldPatch<String> remark) {

        public Command {
            Objects.requireNonNull(id, "id");
            label = label.requireValue("label");
            value = value.requireValue("value");
            sort = sort.requireValue("sort");
            status = status.requireValue("status");
            Objects.requireNonNull(tag, "tag");
            isDefault = isDefault.requireValue("isDefault");
            Objects.requireNonNull(remark, "remark");
        }

        /** Every field given: the item's whole new state. */
        public static Command everyField(DictItemId id, DictItemDetails d, long version) {
            return new Command(id, version, FieldPatch.of(d.label()), FieldPatch.of(d.value()),
                    FieldPatch.of(d.sort()), FieldPatch.of(d.status()), FieldPatch.of(d.tag()),
                    FieldPatch.of(d.isDefault()), FieldPatch.of(d.remark()));
        }

        /** The item's details once this patch is applied to {@code current}. */
        public DictItemDetails applyTo(DictItemDetails current) {
            return new DictItemDetails(label.applyTo(current.label()), value.applyTo(current.value()),
                    sort.applyTo(current.sort()), status.applyTo(current.status()), tag.applyTo(current.tag()),
                    isDefault.applyTo(current.isDefault()), remark.applyTo(current.remark()));
        }
    }
}
