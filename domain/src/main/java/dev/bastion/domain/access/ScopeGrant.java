package dev.bastion.domain.access;

import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.organization.RecordScope;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/** The data scope one enabled role gives its holder; {@code customDepts} matters for CUSTOM only. */
public record ScopeGrant(DataScope scope, Set<DeptId> customDepts) {

    public ScopeGrant {
        Objects.requireNonNull(scope, "scope");
        customDepts = scope == DataScope.CUSTOM ? Set.copyOf(customDepts) : Set.of();
    }

    public static ScopeGrant of(DataScope scope) {
        return new ScopeGrant(scope, Set.of());
    }

    /**
     * The records {@code viewer} (of department {@code viewerDept}) may see: the union of
     * {@code grants}, or only their own records when there is none (when unsure, deny).
     * {@code subtreesOf} gives the departments under the given ones, those included.
     */
    public static RecordScope union(UserId viewer, DeptId viewerDept, Collection<ScopeGrant> grants,
                                    Function<Set<DeptId>, Set<DeptId>> subtreesOf) {
        if (grants.isEmpty()) {
            return RecordScope.onlyOwn(viewer.value());
        }
        Set<DeptId> depts = new HashSet<>();
        boolean own = false;
        boolean withChildren = false;
        for (ScopeGrant grant : grants) {
            switch (grant.scope()) {
                case ALL -> {
                    return RecordScope.everything(viewer.value());
                }
                case CUSTOM -> depts.addAll(grant.customDepts());
                case DEPT -> depts.add(viewerDept);
                case DEPT_AND_CHILDREN -> withChildren = true;
                case SELF -> own = true;
            }
        }
        if (withChildren) {
            depts.addAll(subtreesOf.apply(Set.of(viewerDept)));
        }
        return new RecordScope(viewer.value(), false, depts, own);
    }
}
