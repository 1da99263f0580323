package dev.bastion.application.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.domain.access.UserAccess;
import dev.bastion.domain.identity.UserId;
import org.junit.jupiter.api.Test;

class InMemoryAccessChangesTest {

    @Test
    void an_announcement_invalidates_every_cache_and_is_counted() {
        InMemoryAccessCache here = new InMemoryAccessCache();
        InMemoryAccessCache elsewhere = new InMemoryAccessCache();
        InMemoryAccessChanges changes = new InMemoryAccessChanges(here, elsewhere);
        UserId jane = UserId.newId();
        here.get(jane, user -> UserAccess.none(user));
        elsewhere.get(jane, user -> UserAccess.none(user));

        changes.announce();
        here.get(jane, user -> UserAccess.none(user));
        elsewhere.get(jane, user -> UserAccess.none(user));

        assertThat(changes.announced()).isEqualTo(1);
        assertThat(here.loads()).isEqualTo(2);
        assertThat(elsewhere.loads()).isEqualTo(2);
    }
}
