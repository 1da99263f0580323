package dev.bastion.adapters.rest.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import dev.bastion.adapters.rest.testing.Exchange;
import dev.bastion.adapters.rest.testing.FakeUseCases;
import dev.bastion.domain.identity.SessionId;
import io.micronaut.context.BeanContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.context.scope.refresh.RefreshEvent;
import io.micronaut.security.token.jwt.validator.ReactiveJsonWebTokenValidator;
import io.micronaut.security.token.validator.TokenValidator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Collection;
import org.junit.jupiter.api.Test;

/**
 * The bearer-token validator that Micronaut Security asks is {@link VerifiedTokens}, and a request
 * goes through it: its token is remembered, and a remembered token of a session that has ended is
 * refused all the same. A configuration refresh empties the memory.
 */
@MicronautTest
class VerifiedTokensWiringTest {

    private static final String JOB = "/api/v1/jobs/" + FakeUseCases.JOB.id();

    @Inject
    BeanContext context;
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    JsonMapper json;
    @Inject
    AccessTokens accessTokens;

    @Test
    @SuppressWarnings("rawtypes")
    void theOnlyTokenValidatorIsTheWrapper() {
        Collection<TokenValidator> validators = context.getBeansOfType(TokenValidator.class);

        assertThat(validators).hasSize(1).allSatisfy(validator -> assertThat(validator).isInstanceOf(VerifiedTokens.class));
        assertThat(context.getBean(ReactiveJsonWebTokenValidator.class)).isSameAs(validators.iterator().next());
    }

    @Test
    void aRequestsTokenIsRememberedAndStillRefusedOnceItsSessionEnds() throws Exception {
        VerifiedTokens<?> tokens = (VerifiedTokens<?>) context.getBean(ReactiveJsonWebTokenValidator.class);
        String token = FakeUseCases.signedIn(accessTokens, "monitor:job:*");
        assertThat(tokens.remembers(token)).isFalse();

        assertThat(get(token).status()).isEqualTo(200);
        assertThat(tokens.remembers(token)).as("verified once, remembered").isTrue();
        assertThat(get(token).status()).isEqualTo(200);

        FakeUseCases.LIVE.remove(SessionId.parse("sid",
                SignedJWT.parse(token).getJWTClaimsSet().getStringClaim(Caller.SESSION)));
        assertThat(tokens.remembers(token)).isTrue();
        assertThat(get(token).status()).as("the session is checked on a hit").isEqualTo(401);
    }

    @Test
    void aConfigurationRefreshForgetsEveryToken() {
        VerifiedTokens<?> tokens = (VerifiedTokens<?>) context.getBean(ReactiveJsonWebTokenValidator.class);
        String token = FakeUseCases.signedIn(accessTokens, "monitor:job:*");
        assertThat(get(token).status()).isEqualTo(200);
        assertThat(tokens.remembers(token)).isTrue();

        context.getEventPublisher(RefreshEvent.class).publishEvent(new RefreshEvent());

        assertThat(tokens.remembers(token)).isFalse();
        assertThat(get(token).status()).isEqualTo(200);
    }

    private Exchange get(String token) {
        return Exchange.send(client, json, HttpRequest.GET(JOB).bearerAuth(token));
    }
}
