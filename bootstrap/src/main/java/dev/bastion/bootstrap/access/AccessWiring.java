package dev.bastion.bootstrap.access;

import dev.bastion.application.access.GetUserAccessService;
import dev.bastion.domain.access.AccessRepository;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

@Factory
final class AccessWiring {

    @Singleton
    GetUserAccessService userAccess(AccessRepository access) {
        return new GetUserAccessService(access);
    }
}
