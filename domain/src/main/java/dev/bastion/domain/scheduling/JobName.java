package dev.bastion.domain.scheduling;

import dev.bastion.domain.shared.PrintableText;

/** What administrators call a job: printable, 1 to {@value #MAX_LENGTH} characters, unique among jobs. */
public record JobName(String value) {

    public static final int MAX_LENGTH = 64;

    public JobName {
        value = PrintableText.required("name", value, MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
