package dev.bastion.bootstrap.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.adapters.persistence.testing.PostgresTest;
import dev.bastion.adapters.persistence.testing.TestPostgres;
import dev.bastion.application.audit.RecordOperationService;
import dev.bastion.domain.audit.OperationRecord;
import io.micronaut.context.ApplicationContext;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A clean stop loses no queued entry: records queued just before the context stops are all in the
 * table afterwards, written before the pool and the database went away.
 */
class OperationLogShutdownTest {

    @Test
    void every_queued_entry_is_written_before_the_context_stops() throws Exception {
        TestPostgres.Database database = TestPostgres.freshSchema();
        Map<String, Object> properties = new HashMap<>(PostgresTest.propertiesFor(database));
        properties.put("micronaut.server.port", "-1");
        properties.put("bastion.admin.password", "admin-password-for-tests");
        int queued = 5_000;
        try (ApplicationContext context = ApplicationContext.run(properties)) {
            RecordOperationService recorder = context.getBean(RecordOperationService.class);
            for (int i = 0; i < queued; i++) {
                assertThat(recorder.record(OperationRecord.of(Instant.now(), null, null, "127.0.0.1", "test", "POST",
                        "/api/v1/test", null, "test", "queued " + i, "{}", 200, null, 1, "r" + i))).isTrue();
            }
            assertThat(recorder.depth()).isPositive();
        }
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("SELECT count(*) FROM operation_log WHERE route = '/api/v1/test'")) {
            count.next();
            assertThat(count.getLong(1)).isEqualTo(queued);
        }
    }
}
