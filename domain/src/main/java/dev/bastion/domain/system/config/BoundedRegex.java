package dev.bastion.domain.system.config;

import dev.bastion.domain.shared.InvalidValueException;
import java.time.Duration;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A {@code pattern} constraint: a Java regular expression of at most {@link #MAX_LENGTH} characters
 * that must compile. Java's engine backtracks, so a pattern such as {@code (a+)+$} can take
 * exponential time on a hostile value. A value is only matched when it is written (never on a
 * read), and the match runs on a text that gives up after {@link #BUDGET}: the engine reads every
 * character through {@link CharSequence#charAt}, so a runaway match stops there and the write is
 * refused instead of holding a thread. (A linear engine such as RE2 would avoid the question, but
 * the domain takes no dependency; the budget bounds the cost of the worst pattern an operator can
 * enter.)
 */
final class BoundedRegex {

    static final int MAX_LENGTH = 200;
    static final Duration BUDGET = Duration.ofMillis(100);

    private BoundedRegex() {
    }

    /** {@code pattern} compiled; refused, naming {@code field}, when too long or not a regular expression. */
    static Pattern compile(String field, String pattern) {
        if (pattern.isEmpty() || pattern.length() > MAX_LENGTH) {
            throw new InvalidValueException(field, "must be 1 to " + MAX_LENGTH + " characters");
        }
        try {
            return Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            throw new InvalidValueException(field, "must be a regular expression (" + e.getDescription() + ")");
        }
    }

    /** Whether all of {@code text} matches; refused, naming {@code field}, when the match exceeds the budget. */
    static boolean matches(String field, Pattern pattern, String text) {
        try {
            return pattern.matcher(new Deadline(text, System.nanoTime() + BUDGET.toNanos())).matches();
        } catch (TooSlow e) {
            throw new InvalidValueException(field, "could not be checked against the pattern within "
                    + BUDGET.toMillis() + " ms; simplify constraints.pattern");
        } catch (StackOverflowError e) {
            throw new InvalidValueException(field, "could not be checked against the pattern; simplify "
                    + "constraints.pattern");
        }
    }

    /** A text whose characters cannot be read after a deadline (checked every 1024 reads). */
    private static final class Deadline implements CharSequence {

        private final String text;
        private final long deadline;
        private int reads;

        Deadline(String text, long deadline) {
            this.text = text;
            this.deadline = deadline;
        }

        @Override
        public char charAt(int index) {
            if ((++reads & 1023) == 0 && System.nanoTime() > deadline) {
                throw new TooSlow();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Deadline(text.substring(start, end), deadline);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    private static final class TooSlow extends RuntimeException {

        TooSlow() {
            super("regular expression over budget", null, false, false);
        }
    }
}
