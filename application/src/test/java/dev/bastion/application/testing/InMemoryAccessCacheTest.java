package dev.bastion.application.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.domain.access.PermissionSet;
import dev.bastion.domain.access.UserAccess;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.organization.RecordScope;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryAccessCacheTest {

    private static final UserId SOMEONE = UserId.newId();
    private static final UserAccess EDITOR = new UserAccess(List.of("editor"), PermissionSet.of(List.of()),
            RecordScope.everything(SOMEONE.value()));
    private static final UserAccess NOBODY = UserAccess.none(SOMEONE);

    private final InMemoryAccessCache cache = new InMemoryAccessCache();
    private final UserId jane = UserId.newId();

    @Test
    void a_second_read_is_served_without_loading() {
        assertThat(cache.get(jane, user -> EDITOR)).isEqualTo(EDITOR);
        assertThat(cache.get(jane, user -> NOBODY)).isEqualTo(EDITOR);

        assertThat(cache.loads()).isEqualTo(1);
    }

    @Test
    void users_are_cached_apart() {
        UserId joe = UserId.newId();
        cache.get(jane, user -> EDITOR);

        assertThat(cache.get(joe, user -> NOBODY)).isEqualTo(NOBODY);
        assertThat(cache.loads()).isEqualTo(2);
    }

    @Test
    void after_invalidation_the_next_read_loads_again() {
        cache.get(jane, user -> EDITOR);

        cache.invalidateAll();

        assertThat(cache.get(jane, user -> NOBODY)).isEqualTo(NOBODY);
        assertThat(cache.loads()).isEqualTo(2);
    }

    @Test
    void a_value_loaded_while_invalidation_ran_is_not_served_again() {
        UserAccess readBeforeTheChange = cache.get(jane, user -> {
            cache.invalidateAll();
            return EDITOR;
        });

        assertThat(readBeforeTheChange).isEqualTo(EDITOR);
        assertThat(cache.get(jane, user -> NOBODY)).isEqualTo(NOBODY);
    }

    @Test
    void invalidating_one_user_drops_theirs_and_keeps_the_others() {
        UserId joe = UserId.newId();
        cache.get(jane, user -> EDITOR);
        cache.get(joe, user -> EDITOR);

        cache.invalidate(jane);

        assertThat(cache.get(jane, user -> NOBODY)).isEqualTo(NOBODY);
        assertThat(cache.get(joe, user -> NOBODY)).isEqualTo(EDITOR);
        assertThat(cache.loads()).isEqualTo(3);
    }

    @Test
    void a_value_loaded_while_its_user_was_invalidated_is_not_served_again() {
        UserAccess readBeforeTheChange = cache.get(jane, user -> {
            cache.invalidate(jane);
            return EDITOR;
        });

        assertThat(readBeforeTheChange).isEqualTo(EDITOR);
        assertThat(cache.get(jane, user -> NOBODY)).isEqualTo(NOBODY);
    }
}
