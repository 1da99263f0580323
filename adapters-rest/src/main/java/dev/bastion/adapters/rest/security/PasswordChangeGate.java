package dev.bastion.adapters.rest.security;

import dev.bastion.adapters.rest.problem.ProblemType;
import dev.bastion.adapters.rest.problem.Problems;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;
import java.util.Set;

/**
 * A user whose password was generated or reset by someone else must choose their own before
 * anything else: every authenticated API call but reading {@code /auth/me}, changing the password
 * and signing out answers 403 {@code PASSWORD_CHANGE_REQUIRED}.
 */
@ServerFilter("/api/**")
final class PasswordChangeGate implements Ordered {

    static final Set<String> STILL_ALLOWED = Set.of(
            "GET /api/v1/auth/me", "PUT /api/v1/auth/me/password", "POST /api/v1/auth/logout");

    private final Problems problems;

    PasswordChangeGate(Problems problems) {
        this.problems = problems;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> gate(HttpRequest<?> request) {
        Authentication authentication = request.getUserPrincipal(Authentication.class).orElse(null);
        if (authentication == null || !Caller.of(authentication).passwordChangeRequired()) {
            return null;
        }
        String operation = request.getMethod() + " " + stripTrailingSlash(request.getPath());
        if (STILL_ALLOWED.contains(operation) || request.getMethod() == HttpMethod.OPTIONS) {
            return null;
        }
        return problems.respond(problems.build(request, ProblemType.PASSWORD_CHANGE_REQUIRED,
                "Change your password first (PUT /api/v1/auth/me/password)", null));
    }

    private static String stripTrailingSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
