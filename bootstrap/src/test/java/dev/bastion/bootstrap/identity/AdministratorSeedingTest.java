package dev.bastion.bootstrap.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.adapters.persistence.testing.TestPostgres;
import dev.bastion.domain.identity.PasswordHasher;
import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserRepository;
import dev.bastion.domain.identity.Username;
import io.micronaut.context.ApplicationContext;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** First-start seeding through the real application context, each case on a database of its own. */
class AdministratorSeedingTest {

    private static Map<String, Object> properties(TestPostgres.Database database, String adminPassword) {
        Map<String, Object> properties = new HashMap<>(database.properties());
        properties.put("bastion.password.argon2.memory-kib", "64");
        properties.put("bastion.password.argon2.iterations", "1");
        if (adminPassword != null) {
            properties.put("bastion.admin.password", adminPassword);
        }
        return properties;
    }

    private static ApplicationContext start(TestPostgres.Database database, String adminPassword) {
        return ApplicationContext.run(properties(database, adminPassword), "test");
    }

    @Test
    void withoutAConfiguredPasswordAdminGetsAGeneratedOneThatMustBeChanged() {
        TestPostgres.Database database = TestPostgres.freshSchema();
        try (ApplicationContext context = start(database, null)) {
            User admin = context.getBean(UserRepository.class).findByUsername(new Username("admin")).orElseThrow();

            assertThat(admin.mustChangePassword()).isTrue();
            assertThat(admin.passwordHash().algorithm()).isEqualTo("argon2id");
        }
    }

    @Test
    void aConfiguredPasswordIsUsedAndNotFlaggedMustChange() {
        TestPostgres.Database database = TestPostgres.freshSchema();
        try (ApplicationContext context = start(database, "correct-horse-battery")) {
            User admin = context.getBean(UserRepository.class).findByUsername(new Username("admin")).orElseThrow();

            assertThat(admin.mustChangePassword()).isFalse();
            assertThat(context.getBean(PasswordHasher.class).matches("correct-horse-battery", admin.passwordHash()))
                    .isTrue();
        }
    }

    @Test
    void aRestartKeepsTheAdministratorAndCreatesNoSecondOne() throws Exception {
        TestPostgres.Database database = TestPostgres.freshSchema();
        String firstId;
        try (ApplicationContext first = start(database, null)) {
            firstId = first.getBean(UserRepository.class).findByUsername(new Username("admin")).orElseThrow()
                    .id().toString();
        }
        try (ApplicationContext second = start(database, "another-password-1")) {
            User admin = second.getBean(UserRepository.class).findByUsername(new Username("admin")).orElseThrow();
            assertThat(admin.id().toString()).isEqualTo(firstId);
            assertThat(admin.mustChangePassword()).as("a later BASTION_ADMIN_PASSWORD changes nothing").isTrue();
        }
        assertThat(administrators(database)).isEqualTo(1);
    }

    @Test
    void instancesStartingTogetherCreateExactlyOneAdministrator() throws Exception {
        TestPostgres.Database database = TestPostgres.freshSchema();
        int instances = 3;
        ExecutorService pool = Executors.newFixedThreadPool(instances);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<ApplicationContext>> starts = new ArrayList<>();
        try {
            for (int i = 0; i < instances; i++) {
                starts.add(pool.submit(() -> {
                    go.await();
                    return start(database, null);
                }));
            }
            go.countDown();
            for (Future<ApplicationContext> started : starts) {
                started.get(120, TimeUnit.SECONDS).close();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(administrators(database)).isEqualTo(1);
    }

    @Test
    void aTooShortConfiguredPasswordStopsTheFirstStartAndWritesNothing() throws Exception {
        TestPostgres.Database database = TestPostgres.freshSchema();

        assertThatThrownBy(() -> start(database, "short"))
                .hasStackTraceContaining("BASTION_ADMIN_PASSWORD must be at least 10 characters");
        assertThat(administrators(database)).isZero();
    }

    private static int administrators(TestPostgres.Database database) throws Exception {
        try (Connection connection = database.connect();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM users WHERE lower(username) = 'admin'")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
