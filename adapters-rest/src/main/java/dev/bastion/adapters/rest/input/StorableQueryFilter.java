package dev.bastion.adapters.rest.input;

import dev.bastion.adapters.rest.problem.Problem;
import dev.bastion.adapters.rest.problem.Problems;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.filter.ServerFilterPhase;
import java.util.List;
import java.util.Map;

/**
 * Query parameters of the API are search strings, ids and numbers, never a NUL or a lone surrogate
 * ({@link StorableText}): such a parameter is refused with 400 naming it before any operation sees
 * it (PostgreSQL would refuse a NUL in a filter as a server error). Authentication still comes first
 * for operations that need it: the security filter runs before this one.
 */
@ServerFilter("/api/**")
final class StorableQueryFilter implements Ordered {

    private final Problems problems;

    StorableQueryFilter(Problems problems) {
        this.problems = problems;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> filter(HttpRequest<?> request) {
        for (Map.Entry<String, List<String>> parameter : request.getParameters()) {
            boolean bad = StorableText.isUnstorable(parameter.getKey())
                    || parameter.getValue().stream().anyMatch(StorableText::isUnstorable);
            if (bad) {
                String name = StorableText.isUnstorable(parameter.getKey()) ? "query" : parameter.getKey();
                return problems.respond(problems.invalid(request,
                        List.of(new Problem.FieldError(name, StorableText.RULE))));
            }
        }
        return null;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
