package dev.bastion.domain.access;

import dev.bastion.domain.shared.AggregateRoot;
import dev.bastion.domain.shared.ConflictException;
import java.time.Instant;
import java.util.Objects;

/**
 * A named set of grants given to users: menu entries (whose permissions its holders gain) and
 * a data scope. The built-in super administrator role also grants everything ({@code *}) by
 * itself, so it keeps its code, stays enabled with scope ALL and is never deleted: otherwise
 * nobody could be sure to hold every permission.
 */
public final class Role extends AggregateRoot {

    private final RoleId id;
    private RoleCode code;
    private RoleDetails details;
    private final long version;
    private final Instant createdAt;
    private Instant updatedAt;
    private Instant deletedAt;

    private Role(RoleSnapshot s) {
        this.id = Objects.requireNonNull(s.id(), "id");
        this.code = Objects.requireNonNull(s.code(), "code");
        this.details = Objects.requireNonNull(s.details(), "details");
        this.version = s.version();
        this.createdAt = Objects.requireNonNull(s.createdAt(), "createdAt");
        this.updatedAt = Objects.requireNonNull(s.updatedAt(), "updatedAt");
        this.deletedAt = s.deletedAt();
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative");
        }
    }

    public static Role create(RoleId id, RoleCode code, RoleDetails details, Instant now) {
        Role role = new Role(new RoleSnapshot(id, code, details, 0, now, now, null));
        role.record(new RoleCreated(id));
        return role;
    }

    public static Role reconstitute(RoleSnapshot snapshot) {
        return new Role(snapshot);
    }

    public RoleSnapshot snapshot() {
        return new RoleSnapshot(id, code, details, version, createdAt, updatedAt, deletedAt);
    }

    /** Replaces code and details; the super administrator keeps its code, status and scope. */
    public void describe(RoleCode newCode, RoleDetails newDetails, Instant now) {
        requireNotDeleted();
        Objects.requireNonNull(newCode, "newCode");
        Objects.requireNonNull(newDetails, "newDetails");
        if (isSuperAdmin()) {
            if (!newCode.equals(code)) {
                throw new ConflictException("code", "the super administrator role keeps its code");
            }
            if (newDetails.status() != RoleStatus.ENABLED) {
                throw new ConflictException("status", "the super administrator role cannot be disabled");
            }
            if (newDetails.dataScope() != DataScope.ALL) {
                throw new ConflictException("dataScope", "the super administrator role keeps data scope ALL");
            }
        }
        if (!newCode.equals(code) || !newDetails.equals(details)) {
            record(new RoleChanged(id));
        }
        code = newCode;
        details = newDetails;
        touch(now);
    }

    /** Soft delete; whether users still hold it is the caller's check. */
    public void delete(Instant now) {
        requireNotDeleted();
        if (isSuperAdmin()) {
            throw ConflictException.ofState("the super administrator role cannot be deleted");
        }
        deletedAt = Objects.requireNonNull(now, "now");
        touch(now);
        record(new RoleDeleted(id));
    }

    public boolean isSuperAdmin() {
        return id.equals(RoleId.SUPER_ADMIN);
    }

    private void requireNotDeleted() {
        if (deletedAt != null) {
            throw ConflictException.ofState("role is deleted");
        }
    }

    private void touch(Instant now) {
        Objects.requireNonNull(now, "now");
        updatedAt = now.isBefore(updatedAt) ? updatedAt : now;
    }

    public RoleId id() {
        return id;
    }

    public RoleCode code() {
        return code;
    }

    public RoleDetails details() {
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
        return other instanceof Role that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Role[" + id + ", " + code + "]";
    }
}
