package dev.bastion.adapters.rest.testing;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.InvalidValueException;
import dev.bastion.domain.shared.NotFoundException;
import dev.bastion.domain.shared.VersionConflictException;
import dev.bastion.adapters.rest.request.RequestIds;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.slf4j.MDC;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Test-only endpoints that provoke each kind of error the REST adapter must answer as a problem. */
@Hidden
@Controller("/probe")
@Secured(SecurityRule.IS_ANONYMOUS)
public class ProbeController {

    /** Roles a sign-up may ask for (an enum, so an unknown value is a body error). */
    public enum Plan { FREE, PRO }

    @Serdeable
    public record Address(@NotBlank String city, @Nullable @Size(max = 10) String zip) {
    }

    @Serdeable
    public record SignUp(
            @NotBlank @Size(min = 3, max = 20) String username,
            @NotBlank @Email String email,
            @Nullable @JsonProperty("display_name") @Size(max = 5) String displayName,
            @Valid @NotNull Address address,
            @Nullable List<@NotBlank String> tags,
            @Nullable Plan plan,
            int age,
            @Nullable Boolean newsletter) {
    }

    @Post("/users")
    public HttpResponse<SignUp> create(@Valid @Body SignUp request) {
        return HttpResponse.created(request);
    }

    /** The Java name differs from the query name on purpose: errors must say {@code size}. */
    @Get("/page")
    public Map<String, Integer> page(@QueryValue("size") @Min(1) @Max(100) int pageSize) {
        return Map.of("size", pageSize);
    }

    @Get("/items/{id}")
    public Map<String, UUID> item(@PathVariable UUID id) {
        return Map.of("id", id);
    }

    @Get("/ping")
    public Map<String, String> ping() {
        return Map.of("pong", "yes");
    }

    @Get("/domain/{kind}")
    public Map<String, String> domain(@PathVariable String kind) {
        throw switch (kind) {
            case "invalid" -> new InvalidValueException("email", "must be a well-formed email address");
            case "not-found" -> new NotFoundException("User");
            case "conflict-field" -> new ConflictException("username", "username is already taken");
            case "conflict-state" -> ConflictException.ofState("department still has members");
            case "version" -> new VersionConflictException("User");
            default -> new IllegalArgumentException(kind);
        };
    }

    @Get("/boom")
    public Map<String, String> boom() {
        throw new RuntimeException("SELECT secret FROM users");
    }

    /** Off the event loop: the MDC must still carry the request id. */
    @Get("/mdc")
    @ExecuteOn(TaskExecutors.BLOCKING)
    public Map<String, String> mdc() {
        String requestId = MDC.get(RequestIds.MDC_KEY);
        return Map.of("requestId", requestId == null ? "<none>" : requestId, "thread", Thread.currentThread().getName());
    }

    @Get("/secure")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public Map<String, String> secure(Authentication authentication) {
        return Map.of("user", authentication.getName());
    }

    @Get("/admin")
    @Secured("admin")
    public Map<String, String> admin() {
        return Map.of("admin", "yes");
    }
}
