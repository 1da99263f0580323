package dev.bastion.application.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.InvalidValueException;
import dev.bastion.domain.shared.NotFoundException;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import dev.bastion.domain.shared.VersionConflictException;
import dev.bastion.domain.system.dictionary.DictCode;
import dev.bastion.domain.system.dictionary.DictItem;
import dev.bastion.domain.system.dictionary.DictItemDetails;
import dev.bastion.domain.system.dictionary.DictItemId;
import dev.bastion.domain.system.dictionary.DictStatus;
import dev.bastion.domain.system.dictionary.DictTag;
import dev.bastion.domain.system.dictionary.DictType;
import dev.bastion.domain.system.dictionary.DictTypeDetails;
import dev.bastion.domain.system.dictionary.DictTypeId;
import dev.bastion.domain.system.dictionary.DictTypeQuery;
import dev.bastion.domain.system.dictionary.DictionaryRepository;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DictionaryRepository} promises, in memory as in PostgreSQL: types and items read
 * back as stored, versions, and the rules that span aggregates as named conflicts.
 */
public abstract class DictionaryRepositoryContract {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z").truncatedTo(ChronoUnit.MICROS);

    private DictionaryRepository dictionaries;

    protected abstract DictionaryRepository dictionaries();

    @BeforeEach
    void open() {
        dictionaries = dictionaries();
    }

    private static DictCode freshCode() {
        return new DictCode("c_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16));
    }

    private DictType addedType(DictCode code) {
        DictType type = DictType.create(DictTypeId.newId(), code, new DictTypeDetails("Name", DictStatus.ENABLED, null),
                NOW);
        dictionaries.addType(type);
        return type;
    }

    private DictItem item(DictCode code, String value, int sort, boolean isDefault) {
        return DictItem.create(DictItemId.newId(), code,
                new DictItemDetails("Label " + value, value, sort, DictStatus.ENABLED, null, isDefault, null), NOW);
    }

    private DictItem addedItem(DictCode code, String value, int sort, boolean isDefault) {
        DictItem item = item(code, value, sort, isDefault);
        dictionaries.addItem(item);
        return item;
    }

    @Test
    void aTypeIsReadBackAsStoredByIdAndByCodeAndTheRepositoryTookItsEvents() {
        DictCode code = freshCode();
        DictType type = DictType.create(DictTypeId.newId(), code,
                new DictTypeDetails("Order status", DictStatus.DISABLED, "a remark"), NOW);

        dictionaries.addType(type);

        assertThat(type.pullEvents()).as("taken by the repository").isEmpty();
        assertThat(dictionaries.findType(type.id()).orElseThrow().snapshot()).isEqualTo(type.snapshot());
        assertThat(dictionaries.findType(code).orElseThrow().id()).isEqualTo(type.id());
        assertThat(dictionaries.lockType(code)).map(DictType::id).contains(type.id());
        assertThat(dictionaries.findType(freshCode())).isEmpty();
        assertThat(dictionaries.findType(DictTypeId.newId())).isEmpty();
    }

    @Test
    void aTypeCodeIsUnique() {
        DictCode code = freshCode();
        addedType(code);

        assertThatThrownBy(() -> addedType(code))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).contains("code"));
    }

    @Test
    void anUpdateBumpsTheVersionAndAStaleOneIsRefused() {
        DictType type = addedType(freshCode());
        DictType read = dictionaries.findType(type.id()).orElseThrow();
        DictType stale = dictionaries.findType(type.id()).orElseThrow();
        read.describe(new DictTypeDetails("Renamed", DictStatus.ENABLED, "r"), NOW.plusSeconds(1));

        DictType stored = dictionaries.updateType(read);

        assertThat(stored.version()).isEqualTo(1);
        assertThat(dictionaries.findType(type.id()).orElseThrow().details().name()).isEqualTo("Renamed");
        stale.describe(new DictTypeDetails("Stale", DictStatus.ENABLED, null), NOW.plusSeconds(2));
        assertThatThrownBy(() -> dictionaries.updateType(stale)).isInstanceOf(VersionConflictException.class);
    }

    @Test
    void typesAreListedByCodeWithTheFilters() {
        String stem = "l_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        DictType b = DictType.create(DictTypeId.newId(), new DictCode(stem + "_b"),
                new DictTypeDetails("Blue Things", DictStatus.DISABLED, null), NOW);
        DictType a = DictType.create(DictTypeId.newId(), new DictCode(stem + "_a"),
                new DictTypeDetails("Red things", DictStatus.ENABLED, null), NOW);
        dictionaries.addType(b);
        dictionaries.addType(a);

        Page<DictType> byPrefix = dictionaries.findTypes(new DictTypeQuery(stem.toUpperCase(), null, null),
                new PageRequest(1, 10));
        Page<DictType> byName = dictionaries.findTypes(new DictTypeQuery(stem, "BLUE", null), new PageRequest(1, 10));
        Page<DictType> byStatus = dictionaries.findTypes(new DictTypeQuery(stem, null, DictStatus.ENABLED),
                new PageRequest(1, 10));
        Page<DictType> second = dictionaries.findTypes(new DictTypeQuery(stem, null, null), new PageRequest(2, 1));

        assertThat(byPrefix.items()).extracting(DictType::id).containsExactly(a.id(), b.id());
        assertThat(byPrefix.total()).isEqualTo(2);
        assertThat(byName.items()).extracting(DictType::id).containsExactly(b.id());
        assertThat(byStatus.items()).extracting(DictType::id).containsExactly(a.id());
        assertThat(second.items()).extracting(DictType::id).containsExactly(b.id());
        assertThat(second.total()).isEqualTo(2);
        assertThat(dictionaries.findTypes(new DictTypeQuery("l%", null, null), new PageRequest(1, 10)).items())
                .as("a prefix is matched literally").isEmpty();
    }

    @Test
    void itemsAreReadBackAsStoredInOrderOfSortThenValue() {
        DictCode code = freshCode();
        addedType(code);
        DictItem tagged = DictItem.create(DictItemId.newId(), code,
                new DictItemDetails("Tagged", "T", 2, DictStatus.DISABLED, DictTag.WARNING, true, "remark"), NOW);
        dictionaries.addItem(tagged);
        DictItem b = addedItem(code, "B", 1, false);
        DictItem a = addedItem(code, "A", 1, false);

        assertThat(tagged.pullEvents()).isEmpty();
        assertThat(dictionaries.findItem(tagged.id()).orElseThrow().snapshot()).isEqualTo(tagged.snapshot());
        assertThat(dictionaries.findItems(code)).extracting(DictItem::id).containsExactly(a.id(), b.id(), tagged.id());
        assertThat(dictionaries.hasItems(code)).isTrue();
        assertThat(dictionaries.findItems(freshCode())).isEmpty();
    }

    @Test
    void anItemNeedsItsType() {
        assertThatThrownBy(() -> addedItem(freshCode(), "X", 0, false))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("typeCode"));
    }

    @Test
    void aValueIsUniqueWithinItsTypeOnly() {
        DictCode code = freshCode();
        DictCode other = freshCode();
        addedType(code);
        addedType(other);
        addedItem(code, "V", 0, false);
        DictItem w = addedItem(code, "W", 0, false);

        assertThatThrownBy(() -> addedItem(code, "V", 1, false))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).contains("value"));
        addedItem(other, "V", 0, false);
        DictItem renamed = dictionaries.findItem(w.id()).orElseThrow();
        renamed.describe(new DictItemDetails("L", "V", 0, DictStatus.ENABLED, null, false, null), NOW);
        assertThatThrownBy(() -> dictionaries.updateItem(renamed))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).contains("value"));
    }

    @Test
    void atMostOneItemOfATypeIsTheDefault() {
        DictCode code = freshCode();
        DictCode other = freshCode();
        addedType(code);
        addedType(other);
        DictItem first = addedItem(code, "A", 0, true);
        DictItem second = addedItem(code, "B", 0, false);
        addedItem(other, "A", 0, true);

        assertThatThrownBy(() -> addedItem(code, "C", 0, true))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).contains("isDefault"));
        DictItem promoted = dictionaries.findItem(second.id()).orElseThrow();
        promoted.describe(new DictItemDetails("B", "B", 0, DictStatus.ENABLED, null, true, null), NOW);
        assertThatThrownBy(() -> dictionaries.updateItem(promoted))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).contains("isDefault"));

        DictItem demoted = dictionaries.findItem(first.id()).orElseThrow();
        demoted.describe(new DictItemDetails("A", "A", 0, DictStatus.ENABLED, null, false, null), NOW);
        dictionaries.updateItem(demoted);
        DictItem promotedNow = dictionaries.findItem(second.id()).orElseThrow();
        promotedNow.describe(new DictItemDetails("B", "B", 0, DictStatus.ENABLED, null, true, null), NOW);
        assertThat(dictionaries.updateItem(promotedNow).details().isDefault()).isTrue();
    }

    @Test
    void aStaleItemUpdateIsRefused() {
        DictCode code = freshCode();
        addedType(code);
        DictItem item = addedItem(code, "A", 0, false);
        DictItem read = dictionaries.findItem(item.id()).orElseThrow();
        DictItem stale = dictionaries.findItem(item.id()).orElseThrow();
        read.describe(new DictItemDetails("New", "A", 0, DictStatus.ENABLED, null, false, null), NOW);
        assertThat(dictionaries.updateItem(read).version()).isEqualTo(1);

        stale.describe(new DictItemDetails("Stale", "A", 0, DictStatus.ENABLED, null, false, null), NOW);
        assertThatThrownBy(() -> dictionaries.updateItem(stale)).isInstanceOf(VersionConflictException.class);
    }

    @Test
    void removedItemsAndTypesAreGoneAndATypeWithItemsStays() {
        DictCode code = freshCode();
        DictType type = addedType(code);
        DictItem item = addedItem(code, "A", 0, false);
        DictType withItems = dictionaries.findType(type.id()).orElseThrow();
        withItems.delete();

        assertThatThrownBy(() -> dictionaries.removeType(withItems)).isInstanceOf(ConflictException.class);
        DictItem gone = dictionaries.findItem(item.id()).orElseThrow();
        gone.delete();
        dictionaries.removeItem(gone);
        DictType empty = dictionaries.findType(type.id()).orElseThrow();
        empty.delete();
        dictionaries.removeType(empty);

        assertThat(gone.pullEvents()).isEmpty();
        assertThat(dictionaries.findItem(item.id())).isEmpty();
        assertThat(dictionaries.findType(type.id())).isEmpty();
        assertThat(dictionaries.findType(code)).isEmpty();
        addedType(code);
        assertThat(dictionaries.findType(code)).as("the code is free again").isPresent();
    }

    @Test
    void removingWhatIsAlreadyGoneIsNotFound() {
        DictCode code = freshCode();
        DictType type = addedType(code);
        DictItem item = addedItem(code, "A", 0, false);
        DictItem first = dictionaries.findItem(item.id()).orElseThrow();
        DictItem second = dictionaries.findItem(item.id()).orElseThrow();
        first.delete();
        second.delete();
        dictionaries.removeItem(first);

        assertThatThrownBy(() -> dictionaries.removeItem(second)).isInstanceOf(NotFoundException.class);
        DictType once = dictionaries.findType(type.id()).orElseThrow();
        DictType twice = dictionaries.findType(type.id()).orElseThrow();
        once.delete();
        twice.delete();
        dictionaries.removeType(once);
        assertThatThrownBy(() -> dictionaries.removeType(twice)).isInstanceOf(NotFoundException.class);
    }
}
