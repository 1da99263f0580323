package dev.bastion.adapters.rest.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import dev.bastion.domain.shared.UnavailableException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Anything no more specific handler took: 500 {@code INTERNAL_ERROR} with a generic detail. The
 * client sees no class name, message, SQL or stack trace; the log gets all of it, with the request
 * id in the MDC so the two can be matched.
 */
@Singleton
@Produces(Problems.PROBLEM_JSON_TYPE)
final class UnexpectedExceptionHandler implements ExceptionHandler<Throwable, HttpResponse<Problem>> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionHandler.class);

    private final Problems problems;

    UnexpectedExceptionHandler(Problems problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, Throwable exception) {
        if (isUnavailable(exception)) {
            // Fail closed: no answer is guessed while the database or the cache is away.
            LOG.warn("Service unavailable on {} {}: {}", request.getMethodName(), request.getUri().getRawPath(),
                    rootMessage(exception));
            return problems.respond(problems.build(request, ProblemType.SERVICE_UNAVAILABLE, null, null));
        }
        LOG.error("Unexpected error on {} {}", request.getMethodName(), request.getUri().getRawPath(), exception);
        return problems.respond(problems.build(request, ProblemType.INTERNAL_ERROR, null, null));
    }

    /**
     * A backing service that did not answer: the cache (reported by the adapters) or a database
     * connection: one that could not be had, or was lost or closed under the request (SQLSTATE class
     * 08, "Connection is closed" among them), or a server going down or not yet up (57P01–57P03).
     */
    static boolean isUnavailable(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UnavailableException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException || t instanceof ConnectException
                    || t instanceof SQLRecoverableException
                    || t instanceof SQLException sql && (isConnectionState(sql.getSQLState())
                            || CLOSED_BY_POOL.equals(sql.getMessage()))) {
                return true;
            }
        }
        return false;
    }

    /** What the pool (HikariCP) says, without a SQLSTATE, of a connection it closed under the request. */
    static final String CLOSED_BY_POOL = "Connection is closed";

    private static boolean isConnectionState(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.equals("57P01")
                || sqlState.equals("57P02") || sqlState.equals("57P03"));
    }

    private static String rootMessage(Throwable exception) {
        Throwable root = exception;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
