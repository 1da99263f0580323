package dev.bastion.domain.scheduling;

import dev.bastion.domain.shared.PrintableText;

/**
 * A cron expression as written: six fields with seconds ({@code 0 0 3 * * *}) or the usual five
 * (a seconds field of 0 is assumed). Its syntax is checked by {@link CronSchedules}, the port to
 * the parser; here only its outer shape (printable, at most {@value #MAX_LENGTH} characters).
 */
public record CronExpression(String text) {

    public static final int MAX_LENGTH = 120;

    public CronExpression {
        text = PrintableText.required("cron", text, MAX_LENGTH).strip().replaceAll("\\s+", " ");
    }

    @Override
    public String toString() {
        return text;
    }
}
