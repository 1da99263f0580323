package dev.bastion.domain.system.dictionary;

import dev.bastion.domain.shared.AggregateRoot;
import java.time.Instant;
import java.util.Objects;

/**
 * One value of a dictionary type, which it names by code for good (an item never moves to
 * another type). Unique within the type: its {@code value}, and being the default (at most one
 * item is); the store enforces both, since they span items.
 */
public final class DictItem extends AggregateRoot {

    private final DictItemId id;
    private final DictCode typeCode;
    private DictItemDetails details;
    private final long version;
    private final Instant createdAt;
    private Instant updatedAt;
    private boolean deleted;

    private DictItem(DictItemSnapshot s) {
        this.id = Objects.requireNonNull(s.id(), "id");
        this.typeCode = Objects.requireNonNull(s.typeCode(), "typeCode");
        this.details = Objects.requireNonNull(s.details(), "details");
        this.version = s.version();
        this.createdAt = Objects.requireNonNull(s.createdAt(), "createdAt");
        this.updatedAt = Objects.requireNonNull(s.updatedAt(), "updatedAt");
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative");
        }
    }

    public static DictItem create(DictItemId id, DictCode typeCode, DictItemDetails details, Instant now) {
        DictItem item = new DictItem(new DictItemSnapshot(id, typeCode, details, 0, now, now));
        item.record(new DictItemCreated(id));
        return item;
    }

    public static DictItem reconstitute(DictItemSnapshot snapshot) {
        return new DictItem(snapshot);
    }

    public DictItemSnapshot snapshot() {
        return new DictItemSnapshot(id, typeCode, details, version, createdAt, updatedAt);
    }

    /** New details; telling the same ones again changes nothing. */
    public void describe(DictItemDetails newDetails, Instant now) {
        requireNotDeleted();
        Objects.requireNonNull(newDetails, "newDetails");
        Objects.requireNonNull(now, "now");
        if (newDetails.equals(details)) {
            return;
        }
        details = newDetails;
        updatedAt = now.isBefore(updatedAt) ? updatedAt : now;
        record(new DictItemChanged(id));
    }

    public void delete() {
        requireNotDeleted();
        deleted = true;
        record(new DictItemDeleted(id));
    }

    private void requireNotDeleted() {
        if (deleted) {
            throw new IllegalStateException("dictionary item " + id + " is deleted");
        }
    }

    public boolean isDeleted() {
        return deleted;
    }

    public DictItemId id() {
        return id;
    }

    public DictCode typeCode() {
        return typeCode;
    }

    public DictItemDetails details() {
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

    @Override
    public boolean equals(Object other) {
        return other instanceof DictItem that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "DictItem[" + id + ", " + typeCode + "=" + details.value() + "]";
    }
}
