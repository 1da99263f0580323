package dev.bastion.adapters.persistence.system.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.adapters.persistence.testing.PostgresTest;
import dev.bastion.adapters.persistence.testing.TestPostgres;
import dev.bastion.application.identity.signin.AuthParameters;
import dev.bastion.application.shared.Transactions;
import dev.bastion.application.system.config.ConfigParamsService;
import dev.bastion.domain.shared.Clock;
import dev.bastion.domain.system.config.ConfigParam;
import dev.bastion.domain.system.config.ConfigParamRepository;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Several instances seeding the built-ins at once on one database: each built-in exists once, nobody fails. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BuiltInSeedingTest implements TestPropertyProvider {

    private final TestPostgres.Database database = TestPostgres.freshSchema();

    @Inject
    ConfigParamRepository params;
    @Inject
    Transactions transactions;

    @Override
    public Map<String, String> getProperties() {
        return PostgresTest.propertiesFor(database);
    }

    @Test
    void instancesStartingTogetherSeedEachBuiltInOnce() throws Exception {
        ConfigParamsService service = new ConfigParamsService(params, AuthParameters.rule(), transactions,
                Clock.system());
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(threads.submit(() -> service.seed(AuthParameters.builtIns(Map.of()))));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            threads.shutdownNow();
        }

        List<ConfigParam> builtIns = params.findBuiltIns();
        assertThat(builtIns).hasSize(AuthParameters.variables().size());
        assertThat(builtIns).allSatisfy(p -> assertThat(p.version()).as(p.key().value()).isZero());
    }
}
