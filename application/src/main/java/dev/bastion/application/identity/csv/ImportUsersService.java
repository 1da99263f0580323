package dev.bastion.application.identity.csv;

import dev.bastion.application.access.GetUserAccess;
import dev.bastion.application.access.GrantGuard;
import dev.bastion.application.shared.Transactions;
import dev.bastion.domain.access.RoleHoldings;
import dev.bastion.domain.access.RoleId;
import dev.bastion.domain.access.RoleLookup;
import dev.bastion.domain.access.UserAccess;
import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.UserRepository;
import dev.bastion.domain.organization.Department;
import dev.bastion.domain.organization.DepartmentRepository;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.shared.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * {@link ImportUsers} in two steps. First every row is read once and checked, {@value #BATCH} rows at
 * a time (one query per batch for role codes, taken usernames and taken e-mails); only the rows read
 * so far and the users accepted so far are held, never the file. Then, if no row was wrong, the users
 * and their roles are stored in one transaction (the repositories choose their statement sizes).
 * Writing nothing until everything is known to be right keeps the transaction short and the promise
 * "all or nothing" independent of rollback.
 */
public final class ImportUsersService implements ImportUsers {

    static final int BATCH = 1000;
    static final int MAX_LISTED_ERRORS = 100;

    private final UserRepository users;
    private final RoleHoldings holdings;
    private final RoleLookup roleLookup;
    private final GetUserAccess userAccess;
    private final GrantGuard guard;
    private final DepartmentRepository departments;
    private final Transactions transactions;
    private final Clock clock;

    public ImportUsersService(UserRepository users, RoleHoldings holdings, RoleLookup roleLookup,
                              GetUserAccess userAccess,
                              GrantGuard guard, DepartmentRepository departments,
                              Transactions transactions, Clock clock) {
        this.users = users;
        this.holdings = holdings;
        this.roleLookup = roleLookup;
        this.userAccess = userAccess;
        this.guard = guard;
        this.departments = departments;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Result importAll(UserId actor, Iterator<Line> rows) {
        Objects.requireNonNull(rows, "rows");
        Instant now = clock.now();
        UserAccess acting = userAccess.of(actor);
        // a department outside the actor's scope is answered like an unknown one
        ImportValidation validation = new ImportValidation(users, roleLookup,
                departments.findAll().stream().map(Department::id).filter(acting.scope()::coversDept)
                        .collect(Collectors.toSet()), now, MAX_LISTED_ERRORS);
        List<Line> batch = new ArrayList<>(BATCH);
        while (rows.hasNext()) {
            batch.add(Objects.requireNonNull(rows.next(), "row"));
            if (batch.size() == BATCH) {
                validation.check(batch);
                batch.clear();
            }
        }
        validation.check(batch);
        if (validation.errorCount() > 0) {
            return validation.rejected();
        }
        List<ImportValidation.Accepted> accepted = validation.accepted();
        Map<DeptId, Set<UUID>> rolesByDept = new HashMap<>();
        accepted.forEach(user -> rolesByDept.computeIfAbsent(user.user().deptId(), dept -> new HashSet<>())
                .addAll(user.roleIds()));
        guard.requireAssignable(acting, rolesByDept);
        transactions.inTransaction(() -> {
            users.addAll(accepted.stream().map(ImportValidation.Accepted::user).toList());
            holdings.assignAll(accepted.stream()
                    .filter(user -> !user.roleIds().isEmpty())
                    .collect(Collectors.toMap(user -> user.user().id(),
                            user -> user.roleIds().stream().map(RoleId::new).collect(Collectors.toSet()))));
            return null;
        });
        return new Imported(accepted.size());
    }
}
