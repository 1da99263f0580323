package dev.bastion.adapters.rest.input;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.adapters.rest.testing.Exchange;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** A NUL in an API query parameter is a 400 naming the parameter, after authentication (401 first). */
@MicronautTest
class StorableQueryFilterTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    @Test
    void aNulInAQueryParameterIsNamedAfterAuthentication() {
        Exchange anonymous = Exchange.send(client, json, HttpRequest.GET("/api/v1/users?username=%00"));
        Exchange afterLogin = Exchange.send(client, json, HttpRequest.GET("/api/v1/auth/sessions?x=a%00b")
                .bearerAuth("not-a-token"));

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(afterLogin.status()).isEqualTo(401);
        assertThat(StorableText.isUnstorable("a\u0000b")).isTrue();
        assertThat(StorableText.isUnstorable("a\ud800b")).isTrue();
        assertThat(StorableText.isUnstorable("a\udc00")).isTrue();
        assertThat(StorableText.isUnstorable("a\ud83d\ude00b ä 字")).isFalse();
    }
}
