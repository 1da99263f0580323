package dev.bastion.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.organization.RecordScope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * On random department trees and random role scopes: the resolved scope covers a record exactly
 * when the definition in API.md says one of the roles lets the viewer see it.
 */
class ScopeGrantProperties {

    @Property(tries = 500)
    void the_union_covers_exactly_what_some_role_lets_the_viewer_see(
            @ForAll @Size(min = 1, max = 25) List<@IntRange(min = 0, max = 1000) Integer> parentChoices,
            @ForAll @Size(max = 4) List<@IntRange(min = 0, max = 4) Integer> scopeChoices,
            @ForAll @Size(max = 6) List<@IntRange(min = 0, max = 1000) Integer> customChoices,
            @ForAll @IntRange(min = 0, max = 1000) int viewerDeptChoice,
            @ForAll @IntRange(min = 0, max = 1000) int recordDeptChoice,
            @ForAll boolean recordIsTheViewers) {
        List<DeptId> ids = new ArrayList<>(List.of(DeptId.ROOT));
        Map<DeptId, DeptId> parents = new HashMap<>();
        for (Integer choice : parentChoices) {
            DeptId id = DeptId.newId();
            parents.put(id, ids.get(choice % ids.size()));
            ids.add(id);
        }
        Set<DeptId> custom = new HashSet<>();
        customChoices.forEach(choice -> custom.add(ids.get(choice % ids.size())));
        List<ScopeGrant> grants = scopeChoices.stream()
                .map(choice -> new ScopeGrant(DataScope.values()[choice], custom))
                .toList();
        UserId viewer = UserId.newId();
        DeptId viewerDept = ids.get(viewerDeptChoice % ids.size());
        DeptId recordDept = ids.get(recordDeptChoice % ids.size());
        UserId owner = recordIsTheViewers ? viewer : UserId.newId();

        RecordScope scope = ScopeGrant.union(viewer, viewerDept, grants, roots -> subtrees(roots, ids, parents));

        assertThat(scope.covers(recordDept, owner.value()))
                .isEqualTo(oracle(grants, custom, viewer, viewerDept, recordDept, owner, parents));
    }

    private static boolean oracle(List<ScopeGrant> grants, Set<DeptId> custom, UserId viewer, DeptId viewerDept,
                                  DeptId recordDept, UserId owner, Map<DeptId, DeptId> parents) {
        if (grants.isEmpty()) {
            return owner.equals(viewer);
        }
        for (ScopeGrant grant : grants) {
            boolean sees = switch (grant.scope()) {
                case ALL -> true;
                case CUSTOM -> custom.contains(recordDept);
                case DEPT -> recordDept.equals(viewerDept);
                case DEPT_AND_CHILDREN -> isAtOrBelow(recordDept, viewerDept, parents);
                case SELF -> owner.equals(viewer);
            };
            if (sees) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAtOrBelow(DeptId dept, DeptId ancestor, Map<DeptId, DeptId> parents) {
        for (DeptId at = dept; at != null; at = parents.get(at)) {
            if (at.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    private static Set<DeptId> subtrees(Set<DeptId> roots, List<DeptId> ids, Map<DeptId, DeptId> parents) {
        Set<DeptId> found = new HashSet<>();
        for (DeptId id : ids) {
            for (DeptId root : roots) {
                if (isAtOrBelow(id, root, parents)) {
                    found.add(id);
                }
            }
        }
        return found;
    }
}
