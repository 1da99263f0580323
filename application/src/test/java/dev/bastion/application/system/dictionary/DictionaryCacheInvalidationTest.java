package dev.bastion.application.system.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.application.shared.events.EventTypes;
import dev.bastion.application.testing.InMemoryDictionaryCache;
import dev.bastion.domain.identity.UserDisabled;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.shared.DomainEvent;
import dev.bastion.domain.system.dictionary.DictCode;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DictionaryCacheInvalidationTest {

    private final InMemoryDictionaryCache cache = new InMemoryDictionaryCache();
    private final DictionaryCacheInvalidation invalidation = new DictionaryCacheInvalidation(cache);
    private static final DictCode CODE = new DictCode("colour");

    private void warm() {
        cache.get(CODE, code -> PublishedDictionary.of(code, List.of()));
    }

    @Test
    void every_dictionary_event_drops_the_cache() {
        for (Class<? extends DomainEvent> type : DictionaryCacheInvalidation.DICTIONARY_EVENTS) {
            warm();
            int loads = cache.loads();
            invalidation.on(EventTypes.rebuild(type.getSimpleName(), UUID.randomUUID()).orElseThrow());
            warm();
            assertThat(cache.loads()).as(type.getSimpleName()).isEqualTo(loads + 1);
        }
    }

    @Test
    void other_events_leave_it() {
        warm();
        invalidation.on(new UserDisabled(UserId.newId()));
        warm();

        assertThat(cache.loads()).isEqualTo(1);
    }

    @Test
    void every_dictionary_event_type_is_listed_for_the_outbox() {
        assertThat(EventTypes.core()).containsAll(DictionaryCacheInvalidation.DICTIONARY_EVENTS);
    }
}
