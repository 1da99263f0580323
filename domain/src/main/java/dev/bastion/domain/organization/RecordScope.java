package dev.bastion.domain.organization;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The records a user may see and change: everything, or the records of {@code depts}, plus the
 * viewer's own records when {@code ownRecords} (for users: the viewer themself; for other
 * records: those the viewer created). Persistence adapters turn it into a SQL predicate;
 * {@link #covers} is the same rule in plain Java.
 */
public record RecordScope(UUID viewer, boolean all, Set<DeptId> depts, boolean ownRecords) {

    public RecordScope {
        Objects.requireNonNull(viewer, "viewer");
        depts = all ? Set.of() : Set.copyOf(depts);
    }

    public static RecordScope everything(UUID viewer) {
        return new RecordScope(viewer, true, Set.of(), true);
    }

    /** Nothing but the viewer's own records: what anyone without a data scope gets. */
    public static RecordScope onlyOwn(UUID viewer) {
        return new RecordScope(viewer, false, Set.of(), true);
    }

    /** Whether a record of department {@code dept} owned by {@code owner} is inside. */
    public boolean covers(DeptId dept, UUID owner) {
        return all || depts.contains(dept) || (ownRecords && viewer.equals(owner));
    }

    /** Whether records may be placed in {@code dept} (a body naming it is acceptable). */
    public boolean coversDept(DeptId dept) {
        return all || depts.contains(dept);
    }
}
