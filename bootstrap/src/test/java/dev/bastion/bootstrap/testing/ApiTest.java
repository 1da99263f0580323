package dev.bastion.bootstrap.testing;

import dev.bastion.adapters.persistence.testing.PostgresTest;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;

/**
 * Base of the end-to-end tests that call the API: the whole application on a free port and a
 * schema of its own, the seeded {@code admin} with a known password, and a login rate high
 * enough not to interfere (a test about the rate limit sets its own).
 */
public abstract class ApiTest extends PostgresTest {

    public static final String ADMIN_PASSWORD = "admin-password-for-tests";
    /** The root department and the super_admin role: fixed ids seeded by the migrations. */
    protected static final String ROOT = "01936f6e-0000-7000-8000-0000000000d1";
    protected static final String SUPER_ADMIN_ROLE = "01936f6e-0000-7000-8000-000000000001";

    @Inject
    protected EmbeddedServer server;
    @Inject
    protected JsonMapper json;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("bastion.admin.password", ADMIN_PASSWORD);
        properties.put("bastion.login.rate-per-minute", "1000");
        return properties;
    }

    protected Api api() {
        return new Api(server.getURI(), json);
    }

    /** A fresh access token of the seeded administrator. */
    protected String signInAdmin() {
        return (String) api().login("admin", ADMIN_PASSWORD).get("accessToken");
    }
}
