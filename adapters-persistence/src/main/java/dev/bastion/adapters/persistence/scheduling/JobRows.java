package dev.bastion.adapters.persistence.scheduling;

import dev.bastion.adapters.persistence.shared.SqlInstants;
import dev.bastion.domain.scheduling.ConcurrencyPolicy;
import dev.bastion.domain.scheduling.CronExpression;
import dev.bastion.domain.scheduling.HandlerKey;
import dev.bastion.domain.scheduling.JobDefinition;
import dev.bastion.domain.scheduling.JobId;
import dev.bastion.domain.scheduling.JobName;
import dev.bastion.domain.scheduling.JobSnapshot;
import dev.bastion.domain.scheduling.JobTimeout;
import dev.bastion.domain.scheduling.MisfirePolicy;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A {@code jobs} row to and from a {@link JobSnapshot}, by column name; the parameters as a jsonb
 * object. Whole numbers read back as {@code Long} (as the schema normalises them), so a job read
 * again equals the job written.
 */
final class JobRows {

    /** The columns written, in the order {@link #bind} binds them. */
    static final String COLUMNS = "id, name, handler, cron, timezone, parameters, enabled, concurrency, misfire, "
            + "timeout_ms, description, version, created_at, updated_at";
    static final String PLACEHOLDERS = "?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?";

    private static final Argument<Map<String, Object>> OBJECT = Argument.mapOf(String.class, Object.class);

    private final JsonMapper json;

    JobRows(JsonMapper json) {
        this.json = json;
    }

    JobSnapshot read(ResultSet row) throws SQLException {
        JobDefinition definition = new JobDefinition(new JobName(row.getString("name")),
                new HandlerKey(row.getString("handler")), new CronExpression(row.getString("cron")),
                ZoneId.of(row.getString("timezone")), parameters(row.getString("parameters")),
                ConcurrencyPolicy.valueOf(row.getString("concurrency")), MisfirePolicy.valueOf(row.getString("misfire")),
                new JobTimeout(Duration.ofMillis(row.getLong("timeout_ms"))), row.getString("description"));
        return new JobSnapshot(new JobId(row.getObject("id", UUID.class)), definition, row.getBoolean("enabled"),
                row.getLong("version"), SqlInstants.read(row, "created_at"), SqlInstants.read(row, "updated_at"));
    }

    /** Binds {@link #COLUMNS} from {@code index} on; returns the next index. */
    int bind(PreparedStatement statement, int index, JobSnapshot s) throws SQLException {
        JobDefinition d = s.definition();
        int i = index;
        statement.setObject(i++, s.id().value());
        statement.setString(i++, d.name().value());
        statement.setString(i++, d.handler().value());
        statement.setString(i++, d.cron().text());
        statement.setString(i++, d.timezone().getId());
        statement.setString(i++, json(d.parameters()));
        statement.setBoolean(i++, s.enabled());
        statement.setString(i++, d.concurrency().name());
        statement.setString(i++, d.misfire().name());
        statement.setLong(i++, d.timeout().value().toMillis());
        if (d.description() == null) {
            statement.setNull(i++, Types.VARCHAR);
        } else {
            statement.setString(i++, d.description());
        }
        statement.setLong(i++, s.version());
        SqlInstants.bind(statement, i++, s.createdAt());
        SqlInstants.bind(statement, i++, s.updatedAt());
        return i;
    }

    private String json(Map<String, Object> parameters) {
        try {
            return json.writeValueAsString(parameters);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a job's parameters as JSON", e);
        }
    }

    private Map<String, Object> parameters(String text) {
        try {
            Map<String, Object> read = json.readValue(text, OBJECT);
            Map<String, Object> normalised = new LinkedHashMap<>();
            read.forEach((name, value) -> normalised.put(name, wholeAsLong(value)));
            return normalised;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a job's parameters", e);
        }
    }

    private static Object wholeAsLong(Object value) {
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigInteger big && big.bitLength() < 64) {
            return big.longValue();
        }
        if (value instanceof BigDecimal decimal && decimal.stripTrailingZeros().scale() <= 0) {
            try {
                return decimal.longValueExact();
            } catch (ArithmeticException tooLarge) {
                return value;
            }
        }
        return value;
    }
}
