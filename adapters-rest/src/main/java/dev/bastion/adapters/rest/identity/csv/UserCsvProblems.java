package dev.bastion.adapters.rest.identity.csv;

import dev.bastion.adapters.rest.csv.MalformedCsvException;
import dev.bastion.adapters.rest.problem.Problem;
import dev.bastion.adapters.rest.problem.ProblemType;
import dev.bastion.adapters.rest.problem.Problems;
import dev.bastion.application.identity.csv.ImportUsers;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * How a refused import is answered: {@code VALIDATION_ERROR} naming where in the file the problem is.
 * A value of a data row is {@code rows[<row>].<column>}, a whole row {@code rows[<row>]}, the header
 * {@code header}, a missing file {@code body}; rows are numbered as in the file, the header being row 1.
 */
@Singleton
class UserCsvProblems {

    private static final String NOTHING_IMPORTED = "; nothing was imported";

    private final Problems problems;

    UserCsvProblems(Problems problems) {
        this.problems = problems;
    }

    HttpResponse<Problem> rejected(HttpRequest<?> request, ImportUsers.Rejected rejected) {
        List<Problem.FieldError> errors = rejected.errors().stream()
                .map(error -> new Problem.FieldError("rows[" + error.row() + "]." + error.field(), error.message()))
                .toList();
        String detail = count(rejected.errorCount(), "error") + " in " + count(rejected.invalidRows(), "row")
                + (rejected.errorCount() > errors.size() ? "; the first " + errors.size() + " are listed" : "")
                + NOTHING_IMPORTED;
        return invalid(request, detail, errors);
    }

    HttpResponse<Problem> header(HttpRequest<?> request, List<String> headerProblems) {
        return invalid(request, "The header line cannot be used" + NOTHING_IMPORTED,
                headerProblems.stream().map(message -> new Problem.FieldError("header", message)).toList());
    }

    HttpResponse<Problem> malformed(HttpRequest<?> request, MalformedCsvException malformed) {
        String field = malformed.record() == MalformedCsvException.WHOLE_TEXT ? "body"
                : malformed.record() == 1 ? "header" : "rows[" + malformed.record() + "]";
        return invalid(request, "The file is not valid CSV (RFC 4180)" + NOTHING_IMPORTED,
                List.of(new Problem.FieldError(field, malformed.getMessage())));
    }

    HttpResponse<Problem> empty(HttpRequest<?> request) {
        return invalid(request, "The file is empty" + NOTHING_IMPORTED,
                List.of(new Problem.FieldError("body", "must be a CSV file with a header line")));
    }

    HttpResponse<Problem> notUtf8Csv(HttpRequest<?> request) {
        return problems.respond(problems.build(request, ProblemType.UNSUPPORTED_MEDIA_TYPE,
                "The body must be a CSV file in UTF-8: send text/csv; charset=utf-8", null));
    }

    private HttpResponse<Problem> invalid(HttpRequest<?> request, String detail, List<Problem.FieldError> errors) {
        return problems.respond(problems.build(request, ProblemType.VALIDATION_ERROR, detail, errors));
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
