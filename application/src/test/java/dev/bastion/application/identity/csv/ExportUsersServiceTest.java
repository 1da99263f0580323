package dev.bastion.application.identity.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.application.identity.csv.ExportUsers.ExportedUser;
import dev.bastion.application.testing.FixedClock;
import dev.bastion.application.testing.ForwardingUserRepository;
import dev.bastion.application.testing.AllPowerfulActor;
import dev.bastion.application.testing.InMemoryAccessStore;
import dev.bastion.application.testing.InMemoryUserRepository;
import dev.bastion.domain.identity.PasswordHash;
import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.UserQuery;
import dev.bastion.domain.organization.RecordScope;
import dev.bastion.domain.identity.UserSort;
import dev.bastion.domain.identity.UserStatus;
import dev.bastion.domain.identity.Username;
import dev.bastion.domain.organization.DeptId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExportUsersServiceTest {

    private static final PasswordHash HASH = new PasswordHash("$fake$v=1$nosalt$drowssap");

    private final FixedClock clock = FixedClock.at("2026-11-25T10:00:00Z");
    private final List<Integer> sliceLimits = new ArrayList<>();
    private final InMemoryUserRepository stored = new InMemoryUserRepository();
    private final InMemoryAccessStore store = new InMemoryAccessStore(stored)
            .defineRole("admin", "system:*:*").defineRole("user");
    private final SlicesCounted users = new SlicesCounted(stored, sliceLimits);
    private final ExportUsersService export = new ExportUsersService(users, store.holdings(), AllPowerfulActor.access());

    private User user(String name) {
        User user = User.register(UserId.newId(), new Username(name), null, null, null, DeptId.ROOT, HASH, false,
                clock.now());
        stored.add(user);
        clock.advanceBy(Duration.ofSeconds(1));
        return user;
    }

    private List<String> names(UserQuery query, UserSort sort) {
        return export.export(AllPowerfulActor.ID, query, sort).map(exported -> exported.username()).toList();
    }

    @Test
    void every_live_user_is_exported_once_in_the_order_asked_for_with_its_role_codes() {
        User ann = user("ann");
        User bob = user("bob");
        User cid = user("cid");
        store.assignRole(ann.id(), "user");
        store.assignRole(ann.id(), "admin");
        cid.delete(clock.now());
        stored.update(cid);

        List<ExportedUser> exported = export.export(AllPowerfulActor.ID, UserQuery.any(), UserSort.USERNAME_DESC).toList();

        assertThat(exported).extracting(e -> e.username()).containsExactly("bob", "ann");
        assertThat(exported.get(1).roleCodes()).containsExactly("admin", "user");
        assertThat(exported.get(0).roleCodes()).isEmpty();
        assertThat(exported.get(0)).isEqualTo(ExportedUser.of(bob, List.of()));
    }

    @Test
    void many_users_are_read_in_slices_of_500_each_following_the_last_and_none_is_lost_or_repeated() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 1203; i++) {
            created.add(user(String.format("user%04d", i)).username().value());
        }

        List<String> exported = names(UserQuery.any(), UserSort.CREATED_AT_ASC);

        assertThat(exported).containsExactlyElementsOf(created);
        assertThat(sliceLimits).containsExactly(500, 500, 500);
        assertThat(users.afters).containsExactly(Optional.empty(), Optional.of("user0499"), Optional.of("user0999"));
    }

    @Test
    void slices_are_read_only_as_the_stream_is_consumed() {
        for (int i = 0; i < 1100; i++) {
            user(String.format("user%04d", i));
        }

        Iterator<ExportedUser> exported = export.export(AllPowerfulActor.ID, UserQuery.any(), UserSort.USERNAME_ASC).iterator();
        assertThat(sliceLimits).isEmpty();
        for (int i = 0; i < 501; i++) {
            exported.next();
        }

        assertThat(sliceLimits).hasSize(2);
    }

    @Test
    void the_filters_of_the_listing_apply() {
        user("ann");
        User bob = user("bob");
        user("abe");
        bob.disable(clock.now());
        stored.update(bob);

        assertThat(names(new UserQuery("a", null, null), UserSort.USERNAME_ASC)).containsExactly("abe", "ann");
        assertThat(names(new UserQuery(null, UserStatus.DISABLED, null), UserSort.USERNAME_ASC))
                .containsExactly("bob");
        assertThat(names(new UserQuery("z", null, null), UserSort.USERNAME_ASC)).isEmpty();
    }

    /** The fake repository, recording the limit and the cursor of each slice read. */
    private static final class SlicesCounted extends ForwardingUserRepository {

        final List<Integer> limits;
        final List<Optional<String>> afters = new ArrayList<>();

        SlicesCounted(InMemoryUserRepository users, List<Integer> limits) {
            super(users);
            this.limits = limits;
        }

        @Override
        public List<User> findSlice(UserQuery query, RecordScope scope, UserSort sort, Optional<User> after,
                                    int limit) {
            limits.add(limit);
            afters.add(after.map(user -> user.username().value()));
            return super.findSlice(query, scope, sort, after, limit);
        }
    }
}
