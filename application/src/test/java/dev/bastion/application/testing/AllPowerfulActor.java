package dev.bastion.application.testing;

import dev.bastion.application.access.GetUserAccess;
import dev.bastion.domain.access.PermissionCode;
import dev.bastion.domain.access.PermissionSet;
import dev.bastion.domain.access.UserAccess;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.organization.RecordScope;
import java.util.List;

/**
 * For use-case tests about something other than access: an actor who holds {@code *} with data
 * scope ALL, so neither permissions nor scopes get in the way.
 */
public final class AllPowerfulActor {

    public static final UserId ID = UserId.newId();

    private AllPowerfulActor() {
    }

    /** Everyone's access is everything. */
    public static GetUserAccess access() {
        return user -> new UserAccess(List.of("super_admin"), PermissionSet.of(List.of(PermissionCode.ALL)),
                RecordScope.everything(user.value()));
    }
}
