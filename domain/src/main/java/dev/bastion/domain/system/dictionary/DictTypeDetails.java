package dev.bastion.domain.system.dictionary;

import dev.bastion.domain.shared.PrintableText;
import java.util.Objects;

/** What describes a dictionary type besides its code. {@code remark} may be null. Each rule names its field. */
public record DictTypeDetails(String name, DictStatus status, String remark) {

    public static final int MAX_NAME = 64;
    public static final int MAX_REMARK = 500;

    public DictTypeDetails {
        name = PrintableText.required("name", name, MAX_NAME);
        Objects.requireNonNull(status, "status");
        remark = PrintableText.optional("remark", remark, MAX_REMARK);
    }
}
