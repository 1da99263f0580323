package dev.bastion.domain.shared;

/** A value breaks its rule; {@code field} names the input it came from (e.g. {@code username}). */
public final class InvalidValueException extends DomainException {

    private final String field;

    public InvalidValueException(String field, String message) {
        super(ErrorCode.VALIDATION_ERROR, message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
