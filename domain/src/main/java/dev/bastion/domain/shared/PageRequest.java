package dev.bastion.domain.shared;

/**
 * Which page of a listing: {@code page} is 1-based, {@code size} 1..100 (docs/api.md, "Pages").
 * Invalid values are validation errors on the parameter named like the query parameter.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public PageRequest {
        if (page < 1) {
            throw new InvalidValueException("page", "must be 1 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidValueException("size", "must be between 1 and " + MAX_SIZE);
        }
    }

    public static PageRequest first(int size) {
        return new PageRequest(1, size);
    }

    /** Rows to skip; a long, so page × size never overflows. */
    public long offset() {
        return (long) (page - 1) * size;
    }
}
