package dev.bastion.domain.shared;

/**
 * A backing service (the database, the cache) did not answer. Not a business rule: adapters
 * raise it so that callers fail closed with "service unavailable", never with a guess.
 */
public final class UnavailableException extends RuntimeException {

    public UnavailableException(String what, Throwable cause) {
        super(what + " is unavailable", cause);
    }
}
