package dev.bastion.domain.shared;

/** The position among siblings that lists and trees sort by: 0..999 999, smaller first. */
public final class SortOrder {

    public static final int MAX = 999_999;

    private SortOrder() {
    }

    public static int checked(String field, int sort) {
        if (sort < 0 || sort > MAX) {
            throw new InvalidValueException(field, "must be between 0 and " + MAX);
        }
        return sort;
    }
}
