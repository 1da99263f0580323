package dev.bastion.domain.scheduling;

/**
 * The administrators' listing filters, each optional: {@code name} as a search string (names
 * containing it, ignoring case), {@code handler} exactly, and enabled or not.
 */
public record JobQuery(String name, String handler, Boolean enabled) {

    public static JobQuery any() {
        return new JobQuery(null, null, null);
    }
}
