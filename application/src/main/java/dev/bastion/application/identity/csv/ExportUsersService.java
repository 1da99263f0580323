package dev.bastion.application.identity.csv;

import dev.bastion.application.access.GetUserAccess;
import dev.bastion.domain.organization.RecordScope;
import dev.bastion.domain.access.RoleCode;
import dev.bastion.domain.access.RoleHoldings;
import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.UserQuery;
import dev.bastion.domain.identity.UserRepository;
import dev.bastion.domain.identity.UserSort;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * {@link ExportUsers} in slices of {@value #SLICE} users: each slice is one query for the users (by
 * keyset, never by offset) and one for their roles, so memory stays flat and no connection is held
 * while the consumer (a slow download) takes its time.
 */
public final class ExportUsersService implements ExportUsers {

    static final int SLICE = 500;

    private final UserRepository users;
    private final RoleHoldings holdings;
    private final GetUserAccess userAccess;

    public ExportUsersService(UserRepository users, RoleHoldings holdings, GetUserAccess userAccess) {
        this.users = users;
        this.holdings = holdings;
        this.userAccess = userAccess;
    }

    @Override
    public Stream<ExportedUser> export(UserId actor, UserQuery query, UserSort sort) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(sort, "sort");
        Iterator<ExportedUser> slices = new Slices(query, userAccess.of(actor).scope(), sort);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(slices,
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** Reads the next slice when the current one is used up; a short slice is the last. */
    private final class Slices implements Iterator<ExportedUser> {

        private final UserQuery query;
        private final RecordScope scope;
        private final UserSort sort;
        private Iterator<ExportedUser> current = List.<ExportedUser>of().iterator();
        private Optional<User> last = Optional.empty();
        private boolean exhausted;

        Slices(UserQuery query, RecordScope scope, UserSort sort) {
            this.query = query;
            this.scope = scope;
            this.sort = sort;
        }

        @Override
        public boolean hasNext() {
            if (!current.hasNext() && !exhausted) {
                current = readSlice();
            }
            return current.hasNext();
        }

        @Override
        public ExportedUser next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }

        private Iterator<ExportedUser> readSlice() {
            List<User> slice = users.findSlice(query, scope, sort, last, SLICE);
            exhausted = slice.size() < SLICE;
            if (slice.isEmpty()) {
                return current;
            }
            last = Optional.of(slice.get(slice.size() - 1));
            Map<UserId, List<RoleCode>> roles = holdings.roleCodesOf(slice.stream().map(User::id).toList());
            return slice.stream()
                    .map(user -> ExportedUser.of(user,
                            roles.getOrDefault(user.id(), List.of()).stream().map(RoleCode::value).toList()))
                    .iterator();
        }
    }
}
