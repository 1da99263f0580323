package dev.bastion.domain.access;

import dev.bastion.domain.identity.UserId;
import java.util.List;

/** Roles held by users and the permissions they grant. */
public interface AccessRepository {

    /** The enabled roles of {@code user} and their permissions; none for an unknown user. */
    UserAccess accessOf(UserId user);

    /** Gives {@code user} the role with {@code roleCode}; giving it twice changes nothing. */
    void assignRole(UserId user, String roleCode);

    /** Users holding the role with {@code roleCode} who are enabled and not deleted. */
    List<UserId> enabledHoldersOf(String roleCode);
}
