package dev.bastion.application.identity.csv;

import dev.bastion.domain.identity.UserId;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * Creates users from the rows of a file, all or none. Every row is checked as {@link CreateUser}
 * would check it (username, nickname, e-mail, phone, department, status, roles), and usernames and
 * e-mails must be unique within the file and against the users that exist. If any row is wrong,
 * nothing is stored and the answer lists what is wrong where; otherwise every row becomes a user in
 * one transaction. Departments outside the actor's data scope count as unknown, and every role given
 * must be one the actor may hand out ({@code FORBIDDEN} otherwise, see
 * {@link dev.bastion.application.access.GrantGuard}).
 *
 * <p>Imported users have no password ({@link dev.bastion.domain.identity.PasswordHash#NONE}): nobody
 * can sign in as them until an administrator sets one ({@link ResetUserPassword}), and then they must
 * choose their own. Files never carry passwords.
 */
public interface ImportUsers {

    Result importAll(UserId actor, Iterator<Line> rows);

    /**
     * One data row as read, every value as text. {@code number} is the row's place in the file (the
     * header is row 1). A null value is an empty cell or an absent column: nickname then defaults to
     * the username, department to the root, status to {@code ENABLED}; roles are role codes.
     */
    record Line(int number, String username, String nickname, String email, String phone, String deptId,
               String status, List<String> roleCodes) {

        public Line {
            roleCodes = List.copyOf(roleCodes);
        }
    }

    /** What became of the file. */
    sealed interface Result permits Imported, Rejected {
    }

    /** Every row became a user. */
    record Imported(int count) implements Result {
    }

    /**
     * Nothing was stored. {@code errors} are the first {@value ImportUsersService#MAX_LISTED_ERRORS}
     * problems in file order; {@code errorCount} and {@code invalidRows} count all of them.
     */
    record Rejected(List<RowError> errors, int errorCount, int invalidRows) implements Result {

        public Rejected {
            errors = List.copyOf(errors);
        }
    }

    /** A value of a row that cannot be taken; {@code field} is its column name ({@code email}, {@code roles}, …). */
    record RowError(int row, String field, String message) {

        public RowError {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(message, "message");
        }
    }
}
