package dev.bastion.application.identity.csv;

import dev.bastion.application.identity.csv.ImportUsers.Rejected;
import dev.bastion.application.identity.csv.ImportUsers.Line;
import dev.bastion.application.identity.csv.ImportUsers.RowError;
import dev.bastion.domain.access.RoleCode;
import dev.bastion.domain.access.RoleLookup;
import dev.bastion.domain.identity.Nickname;
import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.UserRepository;
import dev.bastion.domain.identity.UserStatus;
import dev.bastion.domain.identity.Username;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.shared.Email;
import dev.bastion.domain.shared.InvalidValueException;
import dev.bastion.domain.shared.PhoneNumber;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The checks of one import, fed batch after batch in file order. Each value goes through the domain's
 * own value object, so a row is refused for exactly what {@link CreateUser} would refuse; on top of
 * that usernames and e-mails must be unique within the file (the later row is the one named) and not
 * taken by a live user. Remembers the first row of every username and e-mail (a few megabytes for
 * 100 000 rows), the first {@code maxListed} errors and, until the first error, the accepted users.
 */
final class ImportValidation {

    /** Columns in the order a row's errors are listed. */
    private static final List<String> FIELDS =
            List.of("username", "nickname", "email", "phone", "deptId", "status", "roles");

    /** A row that passed every check: the user to store and the roles to give it. */
    record Accepted(User user, Set<UUID> roleIds) {
    }

    private final UserRepository users;
    private final RoleLookup roleLookup;
    private final Set<DeptId> departments;
    private final Instant now;
    private final int maxListed;

    private final Map<String, Integer> usernameRows = new HashMap<>();
    private final Map<String, Integer> emailRows = new HashMap<>();
    private final Map<String, UUID> knownRoles = new HashMap<>();
    private final Set<String> unknownRoles = new HashSet<>();
    private final List<RowError> listed = new ArrayList<>();
    private final List<Accepted> accepted = new ArrayList<>();
    private int errorCount;
    private int invalidRows;

    ImportValidation(UserRepository users, RoleLookup roleLookup, Set<DeptId> departments, Instant now,
                     int maxListed) {
        this.users = users;
        this.roleLookup = roleLookup;
        this.departments = Set.copyOf(departments);
        this.now = now;
        this.maxListed = maxListed;
    }

    /** Checks the next rows of the file. */
    void check(List<Line> batch) {
        if (batch.isEmpty()) {
            return;
        }
        learnRoles(batch);
        List<Checked> checked = batch.stream().map(this::checkValues).toList();
        refuseTaken(checked, c -> c.username, users::takenUsernames, "username", "is already taken");
        refuseTaken(checked, c -> c.email, users::takenEmails, "email", "is already in use");
        for (Checked row : checked) {
            record(row);
        }
    }

    int errorCount() {
        return errorCount;
    }

    Rejected rejected() {
        return new Rejected(listed, errorCount, invalidRows);
    }

    /** The users to store, in file order; complete only when no row had an error. */
    List<Accepted> accepted() {
        return accepted;
    }

    /** Looks up, once per import, each role code not seen before (ignoring case). */
    private void learnRoles(List<Line> batch) {
        Set<String> fresh = new LinkedHashSet<>();
        for (Line row : batch) {
            for (String code : row.roleCodes()) {
                String key = code.toLowerCase(Locale.ROOT);
                if (!knownRoles.containsKey(key) && !unknownRoles.contains(key)) {
                    fresh.add(key);
                }
            }
        }
        if (fresh.isEmpty()) {
            return;
        }
        // a text that is no role code's shape names no role
        Set<RoleCode> codes = new LinkedHashSet<>();
        for (String code : fresh) {
            try {
                codes.add(new RoleCode(code));
            } catch (InvalidValueException e) {
                unknownRoles.add(code);
            }
        }
        if (!codes.isEmpty()) {
            roleLookup.idsOf(codes).forEach((code, id) -> knownRoles.put(code.value(), id.value()));
        }
        fresh.stream().filter(code -> !knownRoles.containsKey(code)).forEach(unknownRoles::add);
    }

    private Checked checkValues(Line row) {
        Checked c = new Checked(row.number());
        c.username = c.required("username", row.username(), Username::new);
        c.nickname = c.optional("nickname", row.nickname(), Nickname::new);
        c.email = c.optional("email", row.email(), Email::new);
        c.phone = c.optional("phone", row.phone(), PhoneNumber::new);
        DeptId deptId = c.optional("deptId", row.deptId(), text -> DeptId.parse("deptId", text));
        if (deptId != null && !departments.contains(deptId)) {
            c.error("deptId", "no such department");
        }
        if (row.deptId() == null && !departments.contains(DeptId.ROOT)) {
            c.error("deptId", "required: the root department lies outside your data scope");
        }
        c.deptId = row.deptId() == null ? DeptId.ROOT : deptId;
        UserStatus status = c.optional("status", row.status(), text -> UserStatus.parse("status", text));
        c.status = row.status() == null ? UserStatus.ENABLED : status;
        c.roleIds = roleIds(c, row.roleCodes());
        if (c.username != null) {
            c.username = unique(c, "username", c.username, c.username.canonical(), usernameRows);
        }
        if (c.email != null) {
            c.email = unique(c, "email", c.email, c.email.value().toLowerCase(Locale.ROOT), emailRows);
        }
        return c;
    }

    private Set<UUID> roleIds(Checked c, List<String> codes) {
        Set<UUID> ids = new HashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String code : codes) {
            UUID id = knownRoles.get(code.toLowerCase(Locale.ROOT));
            if (id == null) {
                unknown.add(code);
            } else {
                ids.add(id);
            }
        }
        if (!unknown.isEmpty()) {
            c.error("roles", "no such role: " + String.join(", ", unknown));
        }
        return ids;
    }

    /** The value, or null with an error when an earlier row of the file has it already. */
    private static <T> T unique(Checked c, String field, T value, String key, Map<String, Integer> firstRows) {
        Integer first = firstRows.putIfAbsent(key, c.row);
        if (first != null) {
            c.error(field, "is the same as in row " + first);
            return null;
        }
        return value;
    }

    /** One query for the batch: rows whose value a live user has already get an error on {@code field}. */
    private static <T> void refuseTaken(List<Checked> batch, Function<Checked, T> value,
                                        Function<List<T>, Set<T>> taken, String field, String message) {
        List<T> candidates = batch.stream().map(value).filter(Objects::nonNull).toList();
        if (candidates.isEmpty()) {
            return;
        }
        Set<T> clashing = taken.apply(candidates);
        batch.stream().filter(c -> clashing.contains(value.apply(c))).forEach(c -> c.error(field, message));
    }

    private void record(Checked row) {
        if (row.errors.isEmpty()) {
            if (errorCount == 0) {
                accepted.add(new Accepted(row.toUser(now), Set.copyOf(row.roleIds)));
            }
            return;
        }
        invalidRows++;
        errorCount += row.errors.size();
        accepted.clear();
        row.errors.stream()
                .sorted(Comparator.comparingInt(error -> FIELDS.indexOf(error.field())))
                .limit(Math.max(0, maxListed - listed.size()))
                .forEach(listed::add);
    }

    /** One row on its way through the checks: the values that passed, and the errors of those that did not. */
    private static final class Checked {

        final int row;
        final List<RowError> errors = new ArrayList<>(0);
        Username username;
        Nickname nickname;
        Email email;
        PhoneNumber phone;
        DeptId deptId;
        UserStatus status;
        Set<UUID> roleIds = Set.of();

        Checked(int row) {
            this.row = row;
        }

        /** Null for absent text, else as {@link #required}. */
        <T> T optional(String field, String text, Function<String, T> parse) {
            return text == null ? null : required(field, text, parse);
        }

        /** The value its value object makes of {@code text}, or null with the refusal as an error on {@code field}. */
        <T> T required(String field, String text, Function<String, T> parse) {
            try {
                return parse.apply(text);
            } catch (InvalidValueException e) {
                error(field, e.getMessage());
                return null;
            }
        }

        void error(String field, String message) {
            errors.add(new RowError(row, field, message));
        }

        User toUser(Instant now) {
            User user = User.registerWithoutPassword(UserId.newId(), username, nickname, email, phone, deptId, now);
            if (status == UserStatus.DISABLED) {
                user.disable(now);
            }
            return user;
        }
    }
}
