package dev.bastion.bootstrap.identity;

import dev.bastion.application.access.GetUserProfile;
import dev.bastion.application.access.GetUserAccess;
import dev.bastion.application.access.GrantGuard;
import dev.bastion.application.identity.signin.AuthPolicies;
import dev.bastion.application.identity.signin.ChangeOwnPasswordService;
import dev.bastion.application.identity.sessions.CheckSessionService;
import dev.bastion.application.identity.signin.GetCurrentUser;
import dev.bastion.application.identity.signin.GetCurrentUserService;
import dev.bastion.application.identity.signin.UpdateOwnProfileService;
import dev.bastion.application.identity.signin.LogInService;
import dev.bastion.application.identity.signin.LogOutService;
import dev.bastion.application.identity.administration.PasswordGenerator;
import dev.bastion.application.identity.signin.RefreshSessionService;
import dev.bastion.application.identity.administration.SeedAdministrator;
import dev.bastion.application.identity.administration.SeedAdministratorService;
import dev.bastion.application.identity.sessions.SessionsService;
import dev.bastion.application.identity.administration.UserAdministrationService;
import dev.bastion.application.identity.administration.UserManagementService;
import dev.bastion.application.identity.administration.UserReadCache;
import dev.bastion.application.identity.administration.UserReadCacheInvalidation;
import dev.bastion.domain.organization.DepartmentRepository;
import dev.bastion.application.shared.Transactions;
import dev.bastion.domain.access.RoleHoldings;
import dev.bastion.domain.access.RoleLookup;
import dev.bastion.domain.audit.LoginLog;
import dev.bastion.domain.identity.LoginThrottle;
import dev.bastion.domain.identity.PasswordHasher;
import dev.bastion.domain.identity.PasswordHistory;
import dev.bastion.domain.identity.SessionStore;
import dev.bastion.domain.identity.UserRepository;
import dev.bastion.domain.shared.Clock;
import dev.bastion.domain.shared.RateLimiter;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/**
 * Constructs the identity use cases; the core itself carries no annotations. The sign-in policies
 * ({@link AuthPolicies}) are run-time parameters, wired in {@code system.ConfigWiring}.
 */
@Factory
final class IdentityWiring {

    @Singleton
    Clock clock() {
        return Clock.system();
    }

    @Singleton
    SeedAdministrator seedAdministrator(UserRepository users, RoleHoldings holdings, PasswordHasher hasher,
                                        Transactions transactions, Clock clock) {
        return new SeedAdministratorService(users, holdings, hasher, transactions, clock, PasswordGenerator.secure());
    }

    @Singleton
    LogInService logIn(UserRepository users, PasswordHasher hasher, SessionStore sessions, LoginThrottle throttle,
                       RateLimiter rateLimiter, LoginLog loginLog, Clock clock, AuthPolicies policies) {
        return new LogInService(users, hasher, sessions, throttle, rateLimiter, loginLog, clock, policies);
    }

    @Singleton
    RefreshSessionService refreshSession(SessionStore sessions, UserRepository users, RateLimiter rateLimiter,
                                         Clock clock, AuthPolicies policies) {
        return new RefreshSessionService(sessions, users, rateLimiter, clock, policies);
    }

    @Singleton
    LogOutService logOut(SessionStore sessions, Clock clock) {
        return new LogOutService(sessions, clock);
    }

    @Singleton
    CheckSessionService checkSession(SessionStore sessions, Clock clock) {
        return new CheckSessionService(sessions, clock);
    }

    @Singleton
    GetCurrentUserService currentUser(GetUserAccess access, GetUserProfile profiles) {
        return new GetCurrentUserService(access, profiles);
    }

    @Singleton
    UpdateOwnProfileService updateOwnProfile(UserRepository users, Transactions transactions, Clock clock,
                                             GetCurrentUser currentUser) {
        return new UpdateOwnProfileService(users, transactions, clock, currentUser);
    }

    @Singleton
    ChangeOwnPasswordService changeOwnPassword(UserRepository users, PasswordHasher hasher, PasswordHistory history,
                                               SessionStore sessions, Transactions transactions, Clock clock,
                                               AuthPolicies policies) {
        return new ChangeOwnPasswordService(users, hasher, history, sessions, transactions, clock,
                () -> policies.current().passwordPolicy());
    }

    @Singleton
    SessionsService sessions(SessionStore sessions, Clock clock) {
        return new SessionsService(sessions, clock);
    }

    @Singleton
    UserAdministrationService userAdministration(UserRepository users, RoleHoldings holdings,
                                                 GetUserAccess userAccess, GrantGuard guard, PasswordHasher hasher,
                                                 PasswordHistory history, SessionStore sessions, LoginThrottle throttle,
                                                 Transactions transactions, Clock clock, AuthPolicies policies) {
        return new UserAdministrationService(users, holdings, userAccess, guard, hasher, history, sessions, throttle,
                transactions, clock, () -> policies.current().passwordPolicy());
    }

    @Singleton
    UserManagementService userManagement(UserRepository users, RoleHoldings holdings, RoleLookup roleLookup,
                                         GetUserAccess userAccess,
                                         GrantGuard guard,
                                         DepartmentRepository departments,
                                         PasswordHasher hasher,
                                         SessionStore sessions, Transactions transactions, UserReadCache reads,
                                         Clock clock, AuthPolicies policies) {
        return new UserManagementService(users, holdings, roleLookup, userAccess, guard, departments, hasher, sessions,
                transactions, reads, clock, () -> policies.current().passwordPolicy());
    }

    /** Keeps the cached user reads true: it hears every committed event on this instance. */
    @Singleton
    UserReadCacheInvalidation userReadCacheInvalidation(UserReadCache reads) {
        return new UserReadCacheInvalidation(reads);
    }
}
