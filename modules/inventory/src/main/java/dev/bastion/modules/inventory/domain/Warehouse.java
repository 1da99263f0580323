package dev.bastion.modules.inventory.domain;

import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.shared.AggregateRoot;
import dev.bastion.domain.shared.ConflictException;
import java.time.Instant;
import java.util.Objects;

/**
 * A place that holds stock, owned by a department: who may see and change it follows the data
 * scope of that department. Whether it may be deleted (no live items) is the store's to know, so
 * the application checks it; the warehouse itself knows its details, its owner and whether it is
 * ENABLED (a DISABLED one takes no new items and moves no stock).
 */
public final class Warehouse extends AggregateRoot {

    private final WarehouseId id;
    private DeptId deptId;
    private WarehouseDetails details;
    private final long version;
    private final Instant createdAt;
    private Instant updatedAt;
    private Instant deletedAt;

    private Warehouse(WarehouseSnapshot s) {
        this.id = Objects.requireNonNull(s.id(), "id");
        this.deptId = Objects.requireNonNull(s.deptId(), "deptId");
        this.details = Objects.requireNonNull(s.details(), "details");
        this.version = s.version();
        this.createdAt = Objects.requireNonNull(s.createdAt(), "createdAt");
        this.updatedAt = Objects.requireNonNull(s.updatedAt(), "updatedAt");
        this.deletedAt = s.deletedAt();
    }

    /** A new warehouse of department {@code deptId}. */
    public static Warehouse open(WarehouseId id, DeptId deptId, WarehouseDetails details, Instant now) {
        Warehouse warehouse = new Warehouse(new WarehouseSnapshot(id, deptId, details, 0, now, now, null));
        warehouse.record(new WarehouseCreated(id));
        return warehouse;
    }

    public static Warehouse reconstitute(WarehouseSnapshot snapshot) {
        return new Warehouse(snapshot);
    }

    public WarehouseSnapshot snapshot() {
        return new WarehouseSnapshot(id, deptId, details, version, createdAt, updatedAt, deletedAt);
    }

    /** Replaces its code, name, address and status (no change: no event). */
    public void describe(WarehouseDetails newDetails, Instant now) {
        Objects.requireNonNull(newDetails, "newDetails");
        if (!newDetails.equals(details)) {
            details = newDetails;
            changed(now);
        }
    }

    /** Hands it to department {@code newDept} (no change: no event). */
    public void transferTo(DeptId newDept, Instant now) {
        Objects.requireNonNull(newDept, "newDept");
        if (!newDept.equals(deptId)) {
            deptId = newDept;
            changed(now);
        }
    }

    /** Deletes it (soft); the caller has checked it holds no live item. */
    public void delete(Instant now) {
        deletedAt = Objects.requireNonNull(now, "now");
        touch(now);
        record(new WarehouseDeleted(id));
    }

    /** Refuses ({@code CONFLICT}) when it is DISABLED: {@code action} would put stock or items in it. */
    public void requireEnabled(String action) {
        if (details.status() != WarehouseStatus.ENABLED) {
            throw ConflictException.ofState("cannot " + action + ": warehouse " + details.code() + " is "
                    + details.status() + "; enable it first");
        }
    }

    private void changed(Instant now) {
        touch(now);
        record(new WarehouseChanged(id));
    }

    private void touch(Instant now) {
        Objects.requireNonNull(now, "now");
        updatedAt = now.isBefore(updatedAt) ? updatedAt : now;
    }

    public WarehouseId id() {
        return id;
    }

    public DeptId deptId() {
        return deptId;
    }

    public WarehouseDetails details() {
        return details;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Warehouse that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Warehouse[" + id + ", " + details.code() + "]";
    }
}
