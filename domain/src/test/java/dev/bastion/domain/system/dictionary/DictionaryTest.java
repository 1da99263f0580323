package dev.bastion.domain.system.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.shared.InvalidValueException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DictionaryTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final DictCode CODE = new DictCode("order_status");

    private static DictItemDetails item(String label, boolean isDefault) {
        return new DictItemDetails(label, "SHIPPED", 1, DictStatus.ENABLED, DictTag.SUCCESS, isDefault, null);
    }

    @Test
    void a_new_type_starts_at_version_zero_and_tells_it_was_created() {
        DictType type = DictType.create(DictTypeId.newId(), CODE, new DictTypeDetails("Order status",
                DictStatus.ENABLED, null), NOW);

        assertThat(type.version()).isZero();
        assertThat(type.isEnabled()).isTrue();
        assertThat(type.pullEvents()).containsExactly(new DictTypeCreated(type.id()));
    }

    @Test
    void describing_a_type_tells_a_change_only_when_something_changed() {
        DictType type = DictType.create(DictTypeId.newId(), CODE, new DictTypeDetails("A", DictStatus.ENABLED, null),
                NOW);
        type.pullEvents();

        type.describe(new DictTypeDetails("A", DictStatus.ENABLED, null), NOW.plusSeconds(1));
        assertThat(type.pullEvents()).isEmpty();
        assertThat(type.updatedAt()).isEqualTo(NOW);

        type.describe(new DictTypeDetails("A", DictStatus.DISABLED, "off"), NOW.plusSeconds(2));
        assertThat(type.pullEvents()).containsExactly(new DictTypeChanged(type.id()));
        assertThat(type.isEnabled()).isFalse();
        assertThat(type.updatedAt()).isEqualTo(NOW.plusSeconds(2));
        assertThat(type.code()).isEqualTo(CODE);
    }

    @Test
    void a_deleted_type_or_item_tells_it_once_and_changes_no_more() {
        DictType type = DictType.create(DictTypeId.newId(), CODE, new DictTypeDetails("A", DictStatus.ENABLED, null),
                NOW);
        DictItem item = DictItem.create(DictItemId.newId(), CODE, item("Shipped", false), NOW);
        type.pullEvents();
        item.pullEvents();

        type.delete();
        item.delete();

        assertThat(type.pullEvents()).containsExactly(new DictTypeDeleted(type.id()));
        assertThat(item.pullEvents()).containsExactly(new DictItemDeleted(item.id()));
        assertThatThrownBy(type::delete).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> item.describe(item("Other", true), NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void an_item_keeps_its_type_and_tells_its_changes() {
        DictItem item = DictItem.create(DictItemId.newId(), CODE, item("Shipped", false), NOW);
        assertThat(item.pullEvents()).containsExactly(new DictItemCreated(item.id()));

        item.describe(item("Sent", true), NOW.plusSeconds(1));

        assertThat(item.pullEvents()).containsExactly(new DictItemChanged(item.id()));
        assertThat(item.details().isDefault()).isTrue();
        assertThat(item.typeCode()).isEqualTo(CODE);
        assertThat(DictItem.reconstitute(item.snapshot()).snapshot()).isEqualTo(item.snapshot());
    }

    @Test
    void each_bad_value_names_its_field() {
        assertField("name", () -> new DictTypeDetails(" ", DictStatus.ENABLED, null));
        assertField("name", () -> new DictTypeDetails("n".repeat(65), DictStatus.ENABLED, null));
        assertField("remark", () -> new DictTypeDetails("n", DictStatus.ENABLED, "r".repeat(501)));
        assertField("label", () -> new DictItemDetails("l".repeat(65), "v", 0, DictStatus.ENABLED, null, false, null));
        assertField("label", () -> new DictItemDetails("a\u0000b", "v", 0, DictStatus.ENABLED, null, false, null));
        assertField("value", () -> new DictItemDetails("l", "v".repeat(101), 0, DictStatus.ENABLED, null, false, null));
        assertField("sort", () -> new DictItemDetails("l", "v", -1, DictStatus.ENABLED, null, false, null));
        assertField("remark", () -> new DictItemDetails("l", "v", 0, DictStatus.ENABLED, null, false, "r".repeat(501)));
        assertField("status", () -> DictStatus.parse("status", "enabled"));
        assertField("code", () -> DictCode.parse("code", null));
    }

    @Test
    void text_is_stripped_and_a_blank_remark_is_none() {
        DictItemDetails details = new DictItemDetails(" Shipped ", " SHIPPED ", 0, DictStatus.ENABLED, null, false,
                "  ");

        assertThat(details.label()).isEqualTo("Shipped");
        assertThat(details.value()).isEqualTo("SHIPPED");
        assertThat(details.remark()).isNull();
        assertThat(new DictItemDetails("l", "v".repeat(100), 999_999, DictStatus.ENABLED, null, false, null).value())
                .hasSize(100);
    }

    private static void assertField(String field, Runnable construction) {
        assertThatThrownBy(construction::run)
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}
