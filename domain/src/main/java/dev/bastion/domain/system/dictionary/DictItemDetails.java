package dev.bastion.domain.system.dictionary;

import dev.bastion.domain.shared.PrintableText;
import dev.bastion.domain.shared.SortOrder;
import java.util.Objects;

/**
 * What an item says: the {@code value} programs store and send (unique within its type), the
 * {@code label} people read, its place ({@code sort}), whether it is served, a display hint
 * ({@code tag}) and whether it is its type's default. {@code tag} and {@code remark} may be null.
 */
public record DictItemDetails(String label, String value, int sort, DictStatus status, DictTag tag,
                              boolean isDefault, String remark) {

    public static final int MAX_LABEL = 64;
    public static final int MAX_VALUE = 100;
    public static final int MAX_REMARK = 500;

    public DictItemDetails {
        label = PrintableText.required("label", label, MAX_LABEL);
        value = PrintableText.required("value", value, MAX_VALUE);
        sort = SortOrder.checked("sort", sort);
        Objects.requireNonNull(status, "status");
        remark = PrintableText.optional("remark", remark, MAX_REMARK);
    }
}
