package dev.bastion.domain.scheduling;

/** The JSON shape of a handler's parameter. */
public enum ParameterType {
    /** Printable text. */
    STRING,
    /** A whole number. */
    INTEGER,
    /** true or false. */
    BOOLEAN,
    /** Text as {@link TextDuration} reads it; stored as given. */
    DURATION
}
