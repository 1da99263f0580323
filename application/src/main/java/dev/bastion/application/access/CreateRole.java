package dev.bastion.application.access;

import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.access.RoleCode;
import dev.bastion.domain.access.RoleDetails;
import java.util.Objects;

/**
 * A new role. Every department and menu entry it lists must exist (else named as invalid; a
 * department outside the actor's data scope counts as none); a code in use is a {@code CONFLICT}
 * naming {@code code}. The actor must hold every permission and the whole scope the role grants
 * ({@code FORBIDDEN} otherwise).
 */
public interface CreateRole {

    RoleView create(UserId actor, Command command);

    record Command(RoleCode code, RoleDetails details) {

        public Command {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(details, "details");
        }
    }
}
