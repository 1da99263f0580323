package dev.bastion.adapters.rest.archfixture;

import dev.bastion.application.archfixture.FixtureUseCase;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;

/** Compliant: a thin controller using a use case (frameworks are fine in adapters). */
@Controller("/fixtures")
public final class FixtureController {

    private final FixtureUseCase useCase;

    public FixtureController(FixtureUseCase useCase) {
        this.useCase = useCase;
    }

    @Post
    public boolean run(String name) {
        return useCase.run(new FixtureUseCase.Command(name)).done();
    }
}
