package dev.bastion.adapters.persistence.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.adapters.persistence.testing.PostgresTest;
import dev.bastion.domain.identity.PasswordHash;
import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.UserQuery;
import dev.bastion.domain.organization.RecordScope;
import dev.bastion.domain.identity.UserRepository;
import dev.bastion.domain.identity.UserSort;
import dev.bastion.domain.identity.UserStatus;
import dev.bastion.domain.identity.Username;
import dev.bastion.domain.organization.Department;
import dev.bastion.domain.organization.DepartmentDetails;
import dev.bastion.domain.organization.DepartmentRepository;
import dev.bastion.domain.organization.DepartmentStatus;
import dev.bastion.domain.organization.DeptId;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Reading users slice after slice (keyset): every sort order, with filters, with many users sharing a
 * creation time (the id breaks the tie), visits each matching user exactly once.
 */
@MicronautTest(startApplication = false, transactional = false)
class UserSlicesTest extends PostgresTest {

    private static final RecordScope EVERYTHING = RecordScope.everything(java.util.UUID.randomUUID());

    private static final PasswordHash HASH = new PasswordHash("$argon2id$v=19$m=64,t=1,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA");
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

    @Inject
    UserRepository users;
    @Inject
    DepartmentRepository departments;

    private final List<User> all = new ArrayList<>();
    private DeptId sales;

    @BeforeAll
    void users() {
        Department salesDept = Department.create(DeptId.newId(), DeptId.ROOT,
                new DepartmentDetails("Sales", 0, null, null, null, DepartmentStatus.ENABLED), now);
        departments.add(salesDept);
        sales = salesDept.id();
        // 37 users over 4 creation times, mixed case names, every third in Sales, every fifth disabled.
        for (int i = 0; i < 37; i++) {
            String name = (i % 2 == 0 ? "User" : "user") + String.format("%02d", (i * 7) % 37);
            User user = User.register(UserId.newId(), new Username(name), null, null, null,
                    i % 3 == 0 ? sales : DeptId.ROOT, HASH, false, now.plusSeconds(i % 4));
            if (i % 5 == 0) {
                user.disable(now);
            }
            users.add(user);
            all.add(user);
        }
        User gone = User.register(UserId.newId(), new Username("user_gone"), null, null, null, DeptId.ROOT, HASH,
                false, now);
        users.add(gone);
        gone.delete(now);
        users.update(gone);
    }

    private List<User> readInSlices(UserQuery query, UserSort sort, int size) {
        List<User> read = new ArrayList<>();
        Optional<User> last = Optional.empty();
        while (true) {
            List<User> slice = users.findSlice(query, EVERYTHING, sort, last, size);
            assertThat(slice.size()).isLessThanOrEqualTo(size);
            read.addAll(slice);
            if (slice.size() < size) {
                return read;
            }
            last = Optional.of(slice.get(slice.size() - 1));
        }
    }

    private static Comparator<User> order(UserSort sort) {
        Comparator<User> byName = Comparator.comparing(u -> u.username().value().toLowerCase(Locale.ROOT));
        Comparator<User> byCreation = Comparator.comparing(User::createdAt);
        return switch (sort) {
            case USERNAME_ASC -> byName;
            case USERNAME_DESC -> byName.reversed();
            case CREATED_AT_ASC -> byCreation;
            case CREATED_AT_DESC -> byCreation.reversed();
        };
    }

    @ParameterizedTest
    @EnumSource(UserSort.class)
    void slicesVisitEveryLiveUserOnceInTheSortOrder(UserSort sort) {
        List<User> read = readInSlices(UserQuery.any(), sort, 5);

        assertThat(read).extracting(User::id).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(all.stream().map(User::id).toList());
        assertThat(read).isSortedAccordingTo(order(sort));
    }

    @Test
    void ties_on_the_creation_time_are_broken_by_the_id_so_a_slice_boundary_inside_a_tie_loses_nothing() {
        List<User> read = readInSlices(UserQuery.any(), UserSort.CREATED_AT_ASC, 4);

        assertThat(read).hasSize(all.size());
        for (int i = 1; i < read.size(); i++) {
            if (read.get(i).createdAt().equals(read.get(i - 1).createdAt())) {
                assertThat(read.get(i).id().value().toString())
                        .isGreaterThan(read.get(i - 1).id().value().toString());
            }
        }
    }

    @Test
    void theFiltersOfTheListingApplyToSlices() {
        UserQuery query = new UserQuery("USER0", UserStatus.ENABLED, sales);

        List<User> read = readInSlices(query, UserSort.USERNAME_ASC, 2);

        List<User> expected = all.stream()
                .filter(u -> u.username().value().toLowerCase(Locale.ROOT).startsWith("user0"))
                .filter(u -> u.status() == UserStatus.ENABLED && u.deptId().equals(sales))
                .sorted(order(UserSort.USERNAME_ASC))
                .toList();
        assertThat(expected).isNotEmpty();
        assertThat(read).containsExactlyElementsOf(expected);
    }

    @Test
    void aSliceOfAnEmptyListingIsEmpty() {
        assertThat(users.findSlice(new UserQuery("nobody", null, null), EVERYTHING, UserSort.CREATED_AT_DESC, Optional.empty(), 10))
                .isEmpty();
    }
}
