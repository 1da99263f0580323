package dev.bastion.application.access;

import dev.bastion.domain.access.AccessRepository;
import dev.bastion.domain.access.UserAccess;
import dev.bastion.domain.identity.UserId;

/** Reads through {@link AccessCache}: a permission check reads the database only on a miss. */
public final class GetUserAccessService implements GetUserAccess {

    private final AccessRepository access;
    private final AccessCache cache;

    public GetUserAccessService(AccessRepository access, AccessCache cache) {
        this.access = access;
        this.cache = cache;
    }

    @Override
    public UserAccess of(UserId user) {
        return cache.get(user, access::accessOf);
    }
}
