package dev.bastion.domain.system.dictionary;

import dev.bastion.domain.shared.AggregateRoot;
import java.time.Instant;
import java.util.Objects;

/**
 * A named list of values a front end renders (statuses, kinds, yes/no), known by its immutable
 * {@code code}; its items are aggregates of their own ({@link DictItem}) that name it by that code.
 * Plain CRUD: the rules are the shapes of its values and the code that never changes.
 */
public final class DictType extends AggregateRoot {

    private final DictTypeId id;
    private final DictCode code;
    private DictTypeDetails details;
    private final long version;
    private final Instant createdAt;
    private Instant updatedAt;
    private boolean deleted;

    private DictType(DictTypeSnapshot s) {
        this.id = Objects.requireNonNull(s.id(), "id");
        this.code = Objects.requireNonNull(s.code(), "code");
        this.details = Objects.requireNonNull(s.details(), "details");
        this.version = s.version();
        this.createdAt = Objects.requireNonNull(s.createdAt(), "createdAt");
        this.updatedAt = Objects.requireNonNull(s.updatedAt(), "updatedAt");
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative");
        }
    }

    public static DictType create(DictTypeId id, DictCode code, DictTypeDetails details, Instant now) {
        DictType type = new DictType(new DictTypeSnapshot(id, code, details, 0, now, now));
        type.record(new DictTypeCreated(id));
        return type;
    }

    public static DictType reconstitute(DictTypeSnapshot snapshot) {
        return new DictType(snapshot);
    }

    public DictTypeSnapshot snapshot() {
        return new DictTypeSnapshot(id, code, details, version, createdAt, updatedAt);
    }

    /** New name, status or remark; telling the same details again changes nothing. */
    public void describe(DictTypeDetails newDetails, Instant now) {
        requireNotDeleted();
        Objects.requireNonNull(newDetails, "newDetails");
        Objects.requireNonNull(now, "now");
        if (newDetails.equals(details)) {
            return;
        }
        details = newDetails;
        updatedAt = now.isBefore(updatedAt) ? updatedAt : now;
        record(new DictTypeChanged(id));
    }

    /** Marks the type deleted; whether its items go too is the caller's decision (it needs them). */
    public void delete() {
        requireNotDeleted();
        deleted = true;
        record(new DictTypeDeleted(id));
    }

    private void requireNotDeleted() {
        if (deleted) {
            throw new IllegalStateException("dictionary type " + id + " is deleted");
        }
    }

    public boolean isDeleted() {
        return deleted;
    }

    public boolean isEnabled() {
        return details.status() == DictStatus.ENABLED;
    }

    public DictTypeId id() {
        return id;
    }

    public DictCode code() {
        return code;
    }

    public DictTypeDetails details() {
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
        return other instanceof DictType that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "DictType[" + id + ", " + code + "]";
    }
}
