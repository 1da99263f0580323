package dev.bastion.application.system.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.application.shared.FieldPatch;
import dev.bastion.application.testing.FixedClock;
import dev.bastion.application.testing.InMemoryDictionaryCache;
import dev.bastion.application.testing.InMemoryDictionaryRepository;
import dev.bastion.application.testing.InMemoryEventOutbox;
import dev.bastion.application.testing.InMemoryTransactions;
import dev.bastion.domain.shared.NotFoundException;
import dev.bastion.domain.system.dictionary.DictCode;
import dev.bastion.domain.system.dictionary.DictItemDetails;
import dev.bastion.domain.system.dictionary.DictStatus;
import dev.bastion.domain.system.dictionary.DictTypeDetails;
import org.junit.jupiter.api.Test;

class PublishedDictionariesServiceTest {

    private static final DictCode CODE = new DictCode("colour");

    private final InMemoryDictionaryCache cache = new InMemoryDictionaryCache();
    private final InMemoryEventOutbox events = new InMemoryEventOutbox(new DictionaryCacheInvalidation(cache));
    private final InMemoryDictionaryRepository repository = new InMemoryDictionaryRepository().sendingEventsTo(events);
    private final DictionariesService admin = new DictionariesService(repository, new InMemoryTransactions(),
            FixedClock.at("2026-11-25T10:00:00Z"));
    private final PublishedDictionariesService published = new PublishedDictionariesService(repository, cache);

    private DictTypeView type() {
        return admin.create(new CreateDictType.Command(CODE, new DictTypeDetails("Colour", DictStatus.ENABLED, null)));
    }

    private DictItemView item(String value, int sort, DictStatus status) {
        return admin.create(new CreateDictItem.Command(CODE,
                new DictItemDetails(value, value, sort, status, null, false, null)));
    }

    @Test
    void only_enabled_items_are_served_in_order_and_a_warm_read_loads_nothing() {
        type();
        item("RED", 2, DictStatus.ENABLED);
        item("BLUE", 1, DictStatus.DISABLED);
        item("GREEN", 1, DictStatus.ENABLED);

        PublishedDictionary first = published.published(CODE);
        PublishedDictionary again = published.published(CODE);

        assertThat(first.items()).extracting(DictItemView::value).containsExactly("GREEN", "RED");
        assertThat(again).isSameAs(first);
        assertThat(cache.loads()).isEqualTo(1);
        assertThat(first.entityTag()).matches("\"[0-9a-f]{32}\"");
    }

    @Test
    void a_change_drops_the_cache_through_its_event_and_gives_a_new_tag() {
        type();
        DictItemView red = item("RED", 0, DictStatus.ENABLED);
        PublishedDictionary before = published.published(CODE);

        admin.update(new UpdateDictItem.Command(red.id(), 0, FieldPatch.of("Crimson"), FieldPatch.absent(),
                FieldPatch.absent(), FieldPatch.absent(), FieldPatch.absent(), FieldPatch.absent(), FieldPatch.absent()));
        PublishedDictionary after = published.published(CODE);

        assertThat(after.items()).extracting(DictItemView::label).containsExactly("Crimson");
        assertThat(after.entityTag()).isNotEqualTo(before.entityTag());
        assertThat(cache.loads()).isEqualTo(2);
    }

    @Test
    void the_same_content_gives_the_same_tag() {
        type();
        item("RED", 0, DictStatus.ENABLED);

        String tag = published.published(CODE).entityTag();
        cache.invalidateAll();

        assertThat(published.published(CODE).entityTag()).isEqualTo(tag);
    }

    @Test
    void an_unknown_or_disabled_type_is_not_found() {
        assertThatThrownBy(() -> published.published(CODE)).isInstanceOf(NotFoundException.class);
        DictTypeView type = type();
        admin.update(new UpdateDictType.Command(type.id(), 0, FieldPatch.absent(), FieldPatch.of(DictStatus.DISABLED),
                FieldPatch.absent()));

        assertThatThrownBy(() -> published.published(CODE)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void an_enabled_type_without_items_is_served_empty() {
        type();

        assertThat(published.published(CODE).items()).isEmpty();
    }
}
