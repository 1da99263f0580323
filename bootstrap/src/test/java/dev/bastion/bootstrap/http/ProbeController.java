package dev.bastion.bootstrap.http;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Exists only in the test sources: no product endpoint takes a body yet, so this one proves
 * that the whole application answers bad bodies and failures as the API contract says.
 */
@Controller("/test-only/probe")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class ProbeController {

    @Serdeable
    record ProbeBody(@NotBlank @Size(max = 64) String username, @Email String email) {
    }

    @Post
    @Status(HttpStatus.CREATED)
    ProbeBody create(@Valid @Body ProbeBody body) {
        return body;
    }

    @Get("/failure")
    String failure() {
        throw new IllegalStateException("SELECT password_hash FROM users WHERE id = 'secret'");
    }
}
