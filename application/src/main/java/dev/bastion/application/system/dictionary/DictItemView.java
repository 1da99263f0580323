package dev.bastion.application.system.dictionary;

import dev.bastion.domain.system.dictionary.DictCode;
import dev.bastion.domain.system.dictionary.DictItem;
import dev.bastion.domain.system.dictionary.DictItemDetails;
import dev.bastion.domain.system.dictionary.DictItemId;
import dev.bastion.domain.system.dictionary.DictStatus;
import dev.bastion.domain.system.dictionary.DictTag;
import java.time.Instant;

/** A dictionary item as read; {@code tag} and {@code remark} may be null. */
public record DictItemView(DictItemId id, DictCode typeCode, String label, String value, int sort,
                           DictStatus status, DictTag tag, boolean isDefault, String remark, long version,
                           Instant createdAt, Instant updatedAt) {

    public static DictItemView of(DictItem item) {
        DictItemDetails d = item.details();
        return new DictItemView(item.id(), item.typeCode(), d.label(), d.value(), d.sort(), d.status(), d.tag(),
                d.isDefault(), d.remark(), item.version(), item.createdAt(), item.updatedAt());
    }
}
