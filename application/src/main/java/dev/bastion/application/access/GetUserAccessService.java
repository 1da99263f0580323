package dev.bastion.application.access;

import dev.bastion.domain.access.AccessRepository;
import dev.bastion.domain.access.UserAccess;
import dev.bastion.domain.identity.UserId;

public final class GetUserAccessService implements GetUserAccess {

    private final AccessRepository access;

    public GetUserAccessService(AccessRepository access) {
        this.access = access;
    }

    @Override
    public UserAccess of(UserId user) {
        return access.accessOf(user);
    }
}
