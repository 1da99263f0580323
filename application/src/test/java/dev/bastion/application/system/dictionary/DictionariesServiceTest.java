package dev.bastion.application.system.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.application.shared.FieldPatch;
import dev.bastion.application.testing.FixedClock;
import dev.bastion.application.testing.InMemoryDictionaryRepository;
import dev.bastion.application.testing.InMemoryEventOutbox;
import dev.bastion.application.testing.InMemoryTransactions;
import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.InvalidValueException;
import dev.bastion.domain.shared.NotFoundException;
import dev.bastion.domain.shared.PageRequest;
import dev.bastion.domain.shared.VersionConflictException;
import dev.bastion.domain.system.dictionary.DictCode;
import dev.bastion.domain.system.dictionary.DictItemChanged;
import dev.bastion.domain.system.dictionary.DictItemCreated;
import dev.bastion.domain.system.dictionary.DictItemDeleted;
import dev.bastion.domain.system.dictionary.DictItemDetails;
import dev.bastion.domain.system.dictionary.DictItemId;
import dev.bastion.domain.system.dictionary.DictStatus;
import dev.bastion.domain.system.dictionary.DictTag;
import dev.bastion.domain.system.dictionary.DictTypeChanged;
import dev.bastion.domain.system.dictionary.DictTypeCreated;
import dev.bastion.domain.system.dictionary.DictTypeDeleted;
import dev.bastion.domain.system.dictionary.DictTypeDetails;
import dev.bastion.domain.system.dictionary.DictTypeId;
import dev.bastion.domain.system.dictionary.DictTypeQuery;
import org.junit.jupiter.api.Test;

class DictionariesServiceTest {

    private final InMemoryEventOutbox events = new InMemoryEventOutbox();
    private final InMemoryDictionaryRepository repository = new InMemoryDictionaryRepository().sendingEventsTo(events);
    private final DictionariesService dictionaries = new DictionariesService(repository, new InMemoryTransactions(),
            FixedClock.at("2026-11-25T10:00:00Z"));
    private static final DictCode CODE = new DictCode("order_status");

    private DictTypeView createType() {
        return dictionaries.create(new CreateDictType.Command(CODE,
                new DictTypeDetails("Order status", DictStatus.ENABLED, null)));
    }

    private DictItemView createItem(String value, int sort, boolean isDefault) {
        return dictionaries.create(new CreateDictItem.Command(CODE,
                new DictItemDetails("L " + value, value, sort, DictStatus.ENABLED, DictTag.INFO, isDefault, null)));
    }

    @Test
    void a_created_type_is_read_and_listed_and_told() {
        DictTypeView type = createType();

        assertThat(dictionaries.get(type.id())).isEqualTo(type);
        assertThat(dictionaries.list(DictTypeQuery.any(), PageRequest.first(10)).items()).containsExactly(type);
        assertThat(events.appended()).containsExactly(new DictTypeCreated(type.id()));
    }

    @Test
    void an_update_patches_only_what_it_names_and_a_stale_version_is_refused() {
        DictTypeView type = createType();

        DictTypeView updated = dictionaries.update(new UpdateDictType.Command(type.id(), 0, FieldPatch.absent(),
                FieldPatch.absent(), FieldPatch.of("remark")));

        assertThat(updated.name()).isEqualTo("Order status");
        assertThat(updated.remark()).isEqualTo("remark");
        assertThat(updated.version()).isEqualTo(1);
        assertThat(events.last()).isEqualTo(new DictTypeChanged(type.id()));
        assertThatThrownBy(() -> dictionaries.update(UpdateDictType.Command.everyField(type.id(),
                new DictTypeDetails("x", DictStatus.ENABLED, null), 0)))
                .isInstanceOf(VersionConflictException.class);
        assertThatThrownBy(() -> new UpdateDictType.Command(type.id(), 1, FieldPatch.of(null), FieldPatch.absent(),
                FieldPatch.absent()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("name"));
    }

    @Test
    void an_unchanged_update_tells_nothing() {
        DictTypeView type = createType();
        int before = events.count();

        dictionaries.update(UpdateDictType.Command.everyField(type.id(),
                new DictTypeDetails("Order status", DictStatus.ENABLED, null), 0));

        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void unknown_ids_are_not_found() {
        assertThatThrownBy(() -> dictionaries.get(DictTypeId.newId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> dictionaries.delete(DictTypeId.newId(), true)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> dictionaries.delete(DictItemId.newId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> dictionaries.items(CODE)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void an_item_of_a_missing_type_names_type_code() {
        assertThatThrownBy(() -> createItem("A", 0, false))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("typeCode"));
    }

    @Test
    void items_are_listed_by_sort_then_value_disabled_ones_too() {
        createType();
        DictItemView c = createItem("C", 0, false);
        DictItemView b = createItem("B", 1, true);
        DictItemView a = createItem("A", 1, false);
        DictItemView disabled = dictionaries.update(new UpdateDictItem.Command(a.id(), 0, FieldPatch.absent(),
                FieldPatch.absent(), FieldPatch.absent(), FieldPatch.of(DictStatus.DISABLED), FieldPatch.of(null),
                FieldPatch.absent(), FieldPatch.absent()));

        assertThat(disabled.tag()).isNull();
        assertThat(disabled.status()).isEqualTo(DictStatus.DISABLED);
        assertThat(dictionaries.items(CODE)).extracting(DictItemView::id).containsExactly(c.id(), disabled.id(), b.id());
        assertThat(events.appended()).contains(new DictItemCreated(a.id()), new DictItemChanged(a.id()));
    }

    @Test
    void a_type_with_items_is_deleted_only_with_cascade_and_then_with_all_of_them() {
        DictTypeView type = createType();
        DictItemView a = createItem("A", 0, false);
        DictItemView b = createItem("B", 0, false);

        assertThatThrownBy(() -> dictionaries.delete(type.id(), false)).isInstanceOf(ConflictException.class);
        assertThat(dictionaries.items(CODE)).hasSize(2);

        dictionaries.delete(type.id(), true);

        assertThatThrownBy(() -> dictionaries.get(type.id())).isInstanceOf(NotFoundException.class);
        assertThat(repository.findItem(a.id())).isEmpty();
        assertThat(events.appended()).contains(new DictItemDeleted(a.id()), new DictItemDeleted(b.id()),
                new DictTypeDeleted(type.id()));
    }

    @Test
    void an_empty_type_is_deleted_without_cascade() {
        DictTypeView type = createType();

        dictionaries.delete(type.id(), false);

        assertThat(events.last()).isEqualTo(new DictTypeDeleted(type.id()));
    }
}
