package dev.bastion.adapters.rest.csv;

/**
 * The text is not CSV as RFC 4180 defines it; {@code record} is the 1-based record where that shows,
 * or {@link #WHOLE_TEXT} when it cannot be placed in one.
 */
public final class MalformedCsvException extends RuntimeException {

    public static final int WHOLE_TEXT = 0;

    private final int record;

    public MalformedCsvException(int record, String message) {
        super(message, null, false, false);
        this.record = record;
    }

    public int record() {
        return record;
    }
}
