package dev.bastion.adapters.persistence.scheduling;

import dev.bastion.adapters.persistence.shared.PagedQueries;
import dev.bastion.adapters.persistence.shared.SqlFilter;
import dev.bastion.adapters.persistence.shared.UniqueViolation;
import dev.bastion.domain.scheduling.Job;
import dev.bastion.domain.scheduling.JobId;
import dev.bastion.domain.scheduling.JobName;
import dev.bastion.domain.scheduling.JobQuery;
import dev.bastion.domain.scheduling.JobRepository;
import dev.bastion.domain.scheduling.JobSnapshot;
import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import dev.bastion.domain.shared.VersionConflictException;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link JobRepository} on PostgreSQL; writes join the caller's transaction (or take one of their own). */
@Singleton
final class JdbcJobRepository implements JobRepository {

    private static final String NAME_UNIQUE = "jobs_name_unique";

    private final JdbcOperations jdbc;
    private final ConnectionOperations<Connection> connections;
    private final TransactionOperations<Connection> transactions;
    private final PagedQueries queries;
    private final JobRows rows;

    JdbcJobRepository(JdbcOperations jdbc, ConnectionOperations<Connection> connections,
                      TransactionOperations<Connection> transactions, PagedQueries queries, JsonMapper json) {
        this.jdbc = jdbc;
        this.connections = connections;
        this.transactions = transactions;
        this.queries = queries;
        this.rows = new JobRows(json);
    }

    @Override
    public Optional<Job> findById(JobId id) {
        return queries.findFirst("jobs", SqlFilter.of(List.of("id = ?"), List.of(id.value())), rows::read,
                Job::reconstitute);
    }

    @Override
    public Optional<Job> findByName(JobName name) {
        return queries.findFirst("jobs", SqlFilter.of(List.of("name = ?"), List.of(name.value())), rows::read,
                Job::reconstitute);
    }

    @Override
    public Page<Job> find(JobQuery query, PageRequest page) {
        List<String> predicates = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        if (query.name() != null && !query.name().isEmpty()) {
            predicates.add("lower(name) LIKE lower(?) ESCAPE '!'");
            values.add("%" + SqlFilter.likePrefix(query.name()));
        }
        if (query.handler() != null && !query.handler().isEmpty()) {
            predicates.add("handler = ?");
            values.add(query.handler());
        }
        if (query.enabled() != null) {
            predicates.add("enabled = ?");
            values.add(query.enabled());
        }
        return queries.page("jobs", SqlFilter.of(predicates, values), "name, id", rows::read, Job::reconstitute,
                page);
    }

    @Override
    public List<Job> enabled() {
        return connections.executeRead(status -> jdbc.prepareStatement("SELECT * FROM jobs WHERE enabled ORDER BY id",
                statement -> {
                    List<Job> found = new ArrayList<>();
                    try (ResultSet result = statement.executeQuery()) {
                        while (result.next()) {
                            found.add(Job.reconstitute(rows.read(result)));
                        }
                    }
                    return found;
                }));
    }

    @Override
    public void add(Job job) {
        write(job, () -> transactions.executeWrite(status -> jdbc.prepareStatement("INSERT INTO jobs ("
                + JobRows.COLUMNS + ") VALUES (" + JobRows.PLACEHOLDERS + ")", statement -> {
                    rows.bind(statement, 1, job.snapshot());
                    return statement.executeUpdate();
                })));
    }

    @Override
    public Job update(Job job) {
        JobSnapshot s = job.snapshot();
        JobSnapshot next = new JobSnapshot(s.id(), s.definition(), s.enabled(), s.version() + 1, s.createdAt(),
                s.updatedAt());
        int changed = write(job, () -> transactions.executeWrite(status -> jdbc.prepareStatement("UPDATE jobs SET ("
                + JobRows.COLUMNS + ") = (" + JobRows.PLACEHOLDERS + ") WHERE id = ? AND version = ?", statement -> {
                    int i = rows.bind(statement, 1, next);
                    statement.setObject(i++, s.id().value());
                    statement.setLong(i, s.version());
                    return statement.executeUpdate();
                })));
        if (changed == 0) {
            throw new VersionConflictException("job " + job.id());
        }
        return Job.reconstitute(next);
    }

    @Override
    public void delete(JobId id) {
        transactions.executeWrite(status -> jdbc.prepareStatement("DELETE FROM jobs WHERE id = ?", statement -> {
            statement.setObject(1, id.value());
            return statement.executeUpdate();
        }));
    }

    private int write(Job job, java.util.function.Supplier<Integer> statement) {
        try {
            return statement.get();
        } catch (RuntimeException failure) {
            if (UniqueViolation.constraintOf(failure).filter(NAME_UNIQUE::equals).isPresent()) {
                throw new ConflictException("name", "a job named '" + job.definition().name() + "' exists");
            }
            throw failure;
        }
    }
}
