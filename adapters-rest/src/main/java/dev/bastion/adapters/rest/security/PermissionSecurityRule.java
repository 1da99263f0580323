package dev.bastion.adapters.rest.security;

import dev.bastion.application.access.GetUserAccess;
import dev.bastion.domain.access.PermissionCode;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecuredAnnotationRule;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteMatch;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enforces {@link RequiresPermission}: the caller's roles must grant the operation's permission
 * (wildcards per segment, {@code *} for all). Anonymous callers are rejected (401), callers
 * without the grant too (403). Operations without the annotation are left to the other rules.
 * The lookup is blocking, so it runs on the blocking executor, not the event loop.
 */
@Singleton
final class PermissionSecurityRule implements SecurityRule<HttpRequest<?>> {

    /** Before {@code @Secured}, so an operation cannot be opened by mistake through a broader rule. */
    static final int ORDER = SecuredAnnotationRule.ORDER - 100;

    /** Security events, as the sign-in ones (see docs/operations.md, "Logs"). */
    private static final Logger SECURITY = LoggerFactory.getLogger("bastion.security");

    private final GetUserAccess access;
    private final ExecutorService blocking;

    PermissionSecurityRule(GetUserAccess access, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.access = access;
        this.blocking = blocking;
    }

    @Override
    public Publisher<SecurityRuleResult> check(@Nullable HttpRequest<?> request,
                                               @Nullable Authentication authentication) {
        Optional<PermissionCode> required = request == null ? Optional.empty() : requiredBy(request);
        if (required.isEmpty()) {
            return Publishers.just(SecurityRuleResult.UNKNOWN);
        }
        if (authentication == null) {
            return Publishers.just(SecurityRuleResult.REJECTED);
        }
        Caller caller = Caller.of(authentication);
        return Publishers.fromCompletableFuture(() -> CompletableFuture.supplyAsync(() -> {
            if (access.of(caller.userId()).permissions().allows(required.get())) {
                return SecurityRuleResult.ALLOWED;
            }
            SECURITY.info("Permission denied: user {} lacks {} for {} {}", caller.userId(), required.get().value(),
                    request.getMethodName(), RouteAttributes.getRouteInfo(request)
                            .filter(UriRouteInfo.class::isInstance)
                            .map(info -> ((UriRouteInfo<?, ?>) info).getUriMatchTemplate().toPathString())
                            .orElse("?"));
            return SecurityRuleResult.REJECTED;
        }, blocking));
    }

    static Optional<PermissionCode> requiredBy(HttpRequest<?> request) {
        return RouteAttributes.getRouteMatch(request)
                .flatMap(route -> ((RouteMatch<?>) route).getAnnotationMetadata()
                        .stringValue(RequiresPermission.class))
                .map(PermissionCode::new);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
