package dev.bastion.domain.shared;

import java.util.Optional;

/** A uniqueness or state rule refuses the change; {@code field} names the clashing input when there is one. */
public final class ConflictException extends DomainException {

    private final String field;

    public ConflictException(String field, String message) {
        super(ErrorCode.CONFLICT, message);
        this.field = field;
    }

    public static ConflictException ofState(String message) {
        return new ConflictException(null, message);
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
