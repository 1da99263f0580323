package dev.bastion.modules.inventory.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.organization.RecordScope;
import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import dev.bastion.domain.shared.VersionConflictException;
import dev.bastion.modules.inventory.domain.Warehouse;
import dev.bastion.modules.inventory.domain.WarehouseCode;
import dev.bastion.modules.inventory.domain.WarehouseDetails;
import dev.bastion.modules.inventory.domain.WarehouseId;
import dev.bastion.modules.inventory.domain.WarehouseQuery;
import dev.bastion.modules.inventory.domain.WarehouseRepository;
import dev.bastion.modules.inventory.domain.WarehouseStatus;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link WarehouseRepository} promises, in memory as in PostgreSQL. Tests may share
 * one store: each works in departments of its own ({@link #newDepartment}) with codes of its own,
 * so scopes over those departments see only its warehouses.
 */
public abstract class WarehouseRepositoryContract {

    /** Microseconds: what a timestamp column keeps. */
    protected static final Instant NOW = Instant.parse("2026-12-01T08:00:00.123456Z");
    private static final PageRequest ALL = PageRequest.first(100);

    private WarehouseRepository warehouses;

    protected abstract WarehouseRepository warehouses();

    /** A live department of the store, new for each call. */
    protected abstract DeptId newDepartment();

    @BeforeEach
    void open() {
        warehouses = warehouses();
    }

    /** A code no other test uses. */
    static String uniqueCode(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private Warehouse added(DeptId dept, String code, String name, WarehouseStatus status) {
        Warehouse warehouse = Warehouse.open(WarehouseId.newId(), dept,
                new WarehouseDetails(new WarehouseCode(code), name, "1 Dock Road", status), NOW);
        warehouses.add(warehouse);
        return warehouse;
    }

    private static RecordScope scopeOf(DeptId... depts) {
        return new RecordScope(UUID.randomUUID(), false, Set.of(depts), false);
    }

    @Test
    void a_warehouse_comes_back_as_it_was_stored_at_version_0_and_its_events_were_taken() {
        Warehouse stored = added(newDepartment(), uniqueCode("north"), "North", WarehouseStatus.ENABLED);

        assertThat(stored.pullEvents()).as("taken by add, for the outbox").isEmpty();
        assertThat(warehouses.findById(stored.id()).orElseThrow().snapshot()).isEqualTo(stored.snapshot());
        assertThat(warehouses.findById(WarehouseId.newId())).isEmpty();
    }

    @Test
    void an_update_stores_the_change_one_version_on_and_a_stale_one_is_a_version_conflict() {
        DeptId dept = newDepartment();
        Warehouse stored = added(dept, uniqueCode("north"), "North", WarehouseStatus.ENABLED);
        Warehouse read = warehouses.findById(stored.id()).orElseThrow();
        DeptId other = newDepartment();
        read.transferTo(other, NOW.plus(1, ChronoUnit.MINUTES));

        Warehouse updated = warehouses.update(read);

        assertThat(read.pullEvents()).isEmpty();
        assertThat(updated.version()).isEqualTo(1);
        assertThat(updated.deptId()).isEqualTo(other);
        assertThat(warehouses.findById(stored.id()).orElseThrow().snapshot()).isEqualTo(updated.snapshot());
        Warehouse stale = Warehouse.reconstitute(stored.snapshot());
        stale.describe(new WarehouseDetails(stale.details().code(), "Stale", null, null), NOW);
        assertThatThrownBy(() -> warehouses.update(stale)).isInstanceOf(VersionConflictException.class);
    }

    @Test
    void a_code_in_use_is_a_conflict_on_code_until_its_warehouse_is_deleted() {
        DeptId dept = newDepartment();
        String code = uniqueCode("north");
        Warehouse first = added(dept, code, "North", WarehouseStatus.ENABLED);
        Warehouse other = added(dept, uniqueCode("south"), "South", WarehouseStatus.ENABLED);

        assertThatThrownBy(() -> added(dept, code, "Again", WarehouseStatus.ENABLED))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).contains("code"));
        Warehouse renamed = warehouses.findById(other.id()).orElseThrow();
        renamed.describe(new WarehouseDetails(new WarehouseCode(code), "South", null, null), NOW);
        assertThatThrownBy(() -> warehouses.update(renamed))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).contains("code"));

        Warehouse deleted = warehouses.findById(first.id()).orElseThrow();
        deleted.delete(NOW);
        warehouses.update(deleted);
        assertThat(added(dept, code, "Again", WarehouseStatus.ENABLED).details().code().value()).isEqualTo(code);
    }

    @Test
    void a_deleted_warehouse_is_neither_found_nor_listed_nor_updated() {
        DeptId dept = newDepartment();
        Warehouse stored = added(dept, uniqueCode("north"), "North", WarehouseStatus.ENABLED);
        Warehouse read = warehouses.findById(stored.id()).orElseThrow();
        read.delete(NOW);
        warehouses.update(read);

        assertThat(warehouses.findById(stored.id())).isEmpty();
        assertThat(warehouses.find(WarehouseQuery.any(), scopeOf(dept), ALL).total()).isZero();
        assertThatThrownBy(() -> warehouses.update(read)).isInstanceOf(VersionConflictException.class);
    }

    @Test
    void a_department_owns_warehouses_while_one_of_them_exists() {
        DeptId dept = newDepartment();
        assertThat(warehouses.anyOwnedBy(dept)).isFalse();

        Warehouse stored = added(dept, uniqueCode("north"), "North", WarehouseStatus.ENABLED);
        assertThat(warehouses.anyOwnedBy(dept)).isTrue();
        assertThat(warehouses.anyOwnedBy(newDepartment())).isFalse();

        Warehouse read = warehouses.findById(stored.id()).orElseThrow();
        read.delete(NOW);
        warehouses.update(read);
        assertThat(warehouses.anyOwnedBy(dept)).isFalse();
    }

    @Test
    void the_listing_holds_the_departments_of_the_scope_by_code_and_applies_the_filters() {
        DeptId sales = newDepartment();
        DeptId logistics = newDepartment();
        DeptId outside = newDepartment();
        String tag = uniqueCode("t");
        Warehouse b = added(sales, tag + "_b", "Bravo depot", WarehouseStatus.ENABLED);
        Warehouse a = added(logistics, tag + "_a", "Alpha yard", WarehouseStatus.DISABLED);
        Warehouse c = added(sales, tag + "_c", "Charlie 100% depot", WarehouseStatus.ENABLED);
        added(outside, tag + "_d", "Delta depot", WarehouseStatus.ENABLED);

        assertThat(ids(warehouses.find(WarehouseQuery.any(), scopeOf(sales, logistics), ALL)))
                .containsExactly(a.id(), b.id(), c.id());
        assertThat(ids(warehouses.find(new WarehouseQuery("DEPOT", null, null), scopeOf(sales, logistics), ALL)))
                .containsExactly(b.id(), c.id());
        assertThat(ids(warehouses.find(new WarehouseQuery(tag.toUpperCase() + "_A", null, null),
                scopeOf(sales, logistics), ALL))).as("the code, ignoring case").containsExactly(a.id());
        assertThat(ids(warehouses.find(new WarehouseQuery("0%", null, null), scopeOf(sales, logistics), ALL)))
                .as("% is a character, not a wildcard").containsExactly(c.id());
        assertThat(ids(warehouses.find(new WarehouseQuery("o_d", null, null), scopeOf(sales, logistics), ALL)))
                .as("_ is a character, not a wildcard").isEmpty();
        assertThat(ids(warehouses.find(new WarehouseQuery(null, sales, null), scopeOf(sales, logistics), ALL)))
                .containsExactly(b.id(), c.id());
        assertThat(ids(warehouses.find(new WarehouseQuery(null, outside, null), scopeOf(sales, logistics), ALL)))
                .isEmpty();
        assertThat(ids(warehouses.find(new WarehouseQuery(null, null, WarehouseStatus.DISABLED),
                scopeOf(sales, logistics), ALL))).containsExactly(a.id());
    }

    @Test
    void the_listing_pages_with_the_total_of_what_matches() {
        DeptId dept = newDepartment();
        String tag = uniqueCode("p");
        for (int i = 0; i < 5; i++) {
            added(dept, tag + "_" + i, "W" + i, WarehouseStatus.ENABLED);
        }

        Page<Warehouse> second = warehouses.find(WarehouseQuery.any(), scopeOf(dept), new PageRequest(2, 2));

        assertThat(second.items()).extracting(w -> w.details().code().value()).containsExactly(tag + "_2", tag + "_3");
        assertThat(second.total()).isEqualTo(5);
    }

    private static List<WarehouseId> ids(Page<Warehouse> page) {
        return page.items().stream().map(Warehouse::id).toList();
    }
}
