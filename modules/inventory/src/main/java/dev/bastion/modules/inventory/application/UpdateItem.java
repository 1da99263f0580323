package dev.bastion.modules.inventory.application;

import dev.bastion.application.shared.FieldPatch;
import dev.bastion.domain.identity.UserId;
import dev.bastion.modules.inventory.domain.ItemDetails;
import dev.bastion.modules.inventory.domain.ItemId;
import dev.bastion.modules.inventory.domain.Sku;
import java.util.Objects;

/**
 * Edits an item read at {@code version} (a stale one is {@code VERSION_CONFLICT}) whose warehouse
 * lies within the actor's data scope. A patch: a field left out keeps its value; none can be
 * cleared. Its quantity moves only by {@link ReceiveStock} and {@link IssueStock}; its warehouse
 * does not change.
 */
public interface UpdateItem {

    ItemView update(UserId actor, Command command);

    record Command(ItemId id, long version, FieldPatch<Sku> sku, FieldPatch<String> name, FieldPatch<String> unit,
                   FieldPatch<Long> reorderLevel) {

        public Command {
            Objects.requireNonNull(id, "id");
            sku = sku.requireValue("sku");
            name = name.requireValue("name");
            unit = unit.requireValue("unit");
            reorderLevel = reorderLevel.requireValue("reorderLevel");
        }

        /** The details after the patch. */
        public ItemDetails applyTo(ItemDetails d) {
            return new ItemDetails(sku.applyTo(d.sku()), name.applyTo(d.name()), unit.applyTo(d.unit()),
                    reorderLevel.applyTo(d.reorderLevel()));
        }
    }
}
