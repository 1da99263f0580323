package dev.bastion.bootstrap.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.bootstrap.testing.ApiTest;
import dev.bastion.bootstrap.testing.Api;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code BASTION_LOGIN_MODE=single}: a new sign-in ends the user's older sessions. */
@MicronautTest(transactional = false)
class SingleLoginModeTest extends ApiTest {


    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("bastion.login.mode", "single");
        return properties;
    }

    @Test
    void theSecondSignInEndsTheFirstSession() {
        Api api = api();
        String first = (String) api.login("admin", ADMIN_PASSWORD).get("accessToken");
        String second = (String) api.login("admin", ADMIN_PASSWORD).get("accessToken");

        assertThat(api.get("/api/v1/auth/me", first).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/auth/me", second).status()).isEqualTo(200);
    }
}
