package dev.bastion.application.identity.administration;

import dev.bastion.domain.identity.UserId;
import java.util.Optional;

/**
 * First start: make sure the user {@code admin} exists. Idempotent and safe when several
 * instances start at once.
 */
public interface SeedAdministrator {

    Result seed(Command command);

    /** @param configuredPassword the operator's chosen password, or null to generate one */
    record Command(String configuredPassword) {

        @Override
        public String toString() {
            return "Command[configuredPassword=" + (configuredPassword == null ? "none" : "***") + "]";
        }
    }

    /**
     * @param created           false when the administrator already existed (nothing was changed)
     * @param generatedPassword the password that was generated, to be shown once; empty when
     *                          the operator configured one or nothing was created
     */
    record Result(UserId administratorId, boolean created, Optional<String> generatedPassword) {

        @Override
        public String toString() {
            return "Result[" + administratorId + ", created=" + created + "]";
        }
    }
}
