package dev.bastion.bootstrap.access;

import dev.bastion.application.access.AccessCache;
import dev.bastion.application.access.GetUserAccessService;
import dev.bastion.domain.access.AccessRepository;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

@Factory
final class AccessWiring {

    @Singleton
    GetUserAccessService userAccess(AccessRepository access, AccessCache cache) {
        return new GetUserAccessService(access, cache);
    }
}
