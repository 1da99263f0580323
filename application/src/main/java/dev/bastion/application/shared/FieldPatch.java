package dev.bastion.application.shared;

import dev.bastion.domain.shared.InvalidValueException;
import java.util.Objects;
import java.util.function.Function;

/**
 * One field of a patch command: left out (the field keeps its value) or given, where a given
 * {@code null} clears the field. A field that cannot be empty refuses a given {@code null}
 * ({@link #requireValue}), naming the field.
 */
public final class FieldPatch<T> {

    private static final FieldPatch<?> ABSENT = new FieldPatch<>(false, null);

    private final boolean given;
    private final T value;

    private FieldPatch(boolean given, T value) {
        this.given = given;
        this.value = value;
    }

    /** The field was left out: it keeps its value. */
    @SuppressWarnings("unchecked")
    public static <T> FieldPatch<T> absent() {
        return (FieldPatch<T>) ABSENT;
    }

    /** The field was given: its new value, or {@code null} to clear it. */
    public static <T> FieldPatch<T> of(T value) {
        return new FieldPatch<>(true, value);
    }

    public boolean isGiven() {
        return given;
    }

    /** The field's value after the patch: the given one (perhaps null), else {@code current}. */
    public T applyTo(T current) {
        return given ? value : current;
    }

    /** The same patch over another type; {@code convert} sees only given, non-null values. */
    public <R> FieldPatch<R> map(Function<? super T, ? extends R> convert) {
        if (!given) {
            return absent();
        }
        return of(value == null ? null : convert.apply(value));
    }

    /** This patch, refused ({@code VALIDATION_ERROR} naming {@code field}) when it clears the field. */
    public FieldPatch<T> requireValue(String field) {
        if (given && value == null) {
            throw new InvalidValueException(field, "must not be null (leave it out to keep its value)");
        }
        return this;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FieldPatch<?> that && given == that.given && Objects.equals(value, that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(given, value);
    }

    @Override
    public String toString() {
        return given ? "FieldPatch[" + value + "]" : "FieldPatch[absent]";
    }
}
