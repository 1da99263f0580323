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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

/**
 * On random department trees, permission sets and scopes, the policy answers exactly what its
 * meaning says: a grant may be given to a holder when everything the holder would then be allowed
 * (each concrete permission, each department) the actor is allowed too. The meaning is computed
 * the long way: permissions over every concrete code of a small alphabet, records with
 * {@link ScopeGrant#union} as a request would resolve them.
 */
class GrantPolicyProperties {

    /** "c" appears in no generated code, so it stands for every segment value the codes do not name. */
    private static final List<String> ALPHABET = List.of("a", "b", "c");

    @Property(tries = 1000)
    void a_grant_may_be_given_exactly_when_the_holder_would_be_allowed_nothing_the_actor_is_not(
            @ForAll("codeLists") List<PermissionCode> actorCodes, @ForAll("codeLists") List<PermissionCode> grantCodes,
            @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 1000) Integer> parentChoices,
            @ForAll @Size(max = 3) List<@IntRange(min = 0, max = 4) Integer> actorScopes,
            @ForAll @IntRange(min = 0, max = 4) int grantScope,
            @ForAll @Size(max = 4) List<@IntRange(min = 0, max = 1000) Integer> customChoices,
            @ForAll @IntRange(min = 0, max = 1000) int actorDeptChoice,
            @ForAll @IntRange(min = 0, max = 1000) int holderDeptChoice) {
        Tree tree = Tree.of(parentChoices);
        Set<DeptId> custom = tree.pick(customChoices);
        RecordScope actorScope = ScopeGrant.union(UserId.newId(), tree.pick(actorDeptChoice),
                actorScopes.stream().map(s -> new ScopeGrant(DataScope.values()[s], custom)).toList(), tree::subtrees);
        UserAccess actor = new UserAccess(List.of("actor"), PermissionSet.of(actorCodes), actorScope);
        Grant grant = new Grant(PermissionSet.of(grantCodes), new ScopeGrant(DataScope.values()[grantScope],
                tree.pick(customChoices.stream().map(c -> c + 1).toList())));
        DeptId holderDept = tree.pick(holderDeptChoice);

        boolean allowed = new GrantPolicy(actor, tree::subtrees).mayGrant(grant, List.of(holderDept));
        Statistics.label("allowed").collect(allowed);

        assertThat(allowed).isEqualTo(holderGetsNothingMore(actor, List.of(grant), holderDept, tree));
    }

    @Property(tries = 500)
    void a_user_in_reach_holds_nothing_the_actor_does_not(
            @ForAll("codeLists") List<PermissionCode> actorCodes,
            @ForAll @Size(max = 3) List<@Size(max = 3) List<@IntRange(min = 0, max = 1000) Integer>> roleCodeChoices,
            @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 1000) Integer> parentChoices,
            @ForAll @Size(max = 3) List<@IntRange(min = 0, max = 4) Integer> actorScopes,
            @ForAll @Size(max = 3) List<@IntRange(min = 0, max = 4) Integer> roleScopes,
            @ForAll @IntRange(min = 0, max = 1000) int actorDeptChoice,
            @ForAll @IntRange(min = 0, max = 1000) int userDeptChoice) {
        Tree tree = Tree.of(parentChoices);
        DeptId actorDept = tree.pick(actorDeptChoice);
        RecordScope actorScope = ScopeGrant.union(UserId.newId(), actorDept,
                actorScopes.stream().map(s -> new ScopeGrant(DataScope.values()[s], Set.of(actorDept))).toList(),
                tree::subtrees);
        UserAccess actor = new UserAccess(List.of("actor"), PermissionSet.of(actorCodes), actorScope);
        List<PermissionCode> pool = new ArrayList<>(actorCodes);
        pool.add(new PermissionCode("a:b:*"));
        List<Grant> held = new ArrayList<>();
        for (int i = 0; i < Math.min(roleCodeChoices.size(), roleScopes.size()); i++) {
            held.add(new Grant(PermissionSet.of(roleCodeChoices.get(i).stream().map(c -> pool.get(c % pool.size()))
                    .toList()), new ScopeGrant(DataScope.values()[roleScopes.get(i)], Set.of(tree.pick(i)))));
        }
        DeptId userDept = tree.pick(userDeptChoice);

        boolean inReach = new GrantPolicy(actor, tree::subtrees).mayReach(userDept, held);
        Statistics.label("in reach").collect(inReach);

        assertThat(inReach).isEqualTo(holderGetsNothingMore(actor, held, userDept, tree));
    }

    /** The meaning: every concrete permission and every department the holder would get, the actor has. */
    private static boolean holderGetsNothingMore(UserAccess actor, List<Grant> grants, DeptId holderDept, Tree tree) {
        for (String d : ALPHABET) {
            for (String r : ALPHABET) {
                for (String a : ALPHABET) {
                    PermissionCode concrete = new PermissionCode(d + ":" + r + ":" + a);
                    if (grants.stream().anyMatch(g -> g.permissions().allows(concrete))
                            && !actor.permissions().allows(concrete)) {
                        return false;
                    }
                }
            }
        }
        if (grants.isEmpty()) {
            return true;
        }
        RecordScope holder = ScopeGrant.union(UserId.newId(), holderDept,
                grants.stream().map(Grant::scope).toList(), tree::subtrees);
        if (holder.all()) {
            return actor.scope().all();
        }
        return tree.all().stream().noneMatch(dept -> holder.coversDept(dept) && !actor.scope().coversDept(dept));
    }

    @Provide
    Arbitrary<List<PermissionCode>> codeLists() {
        return PermissionCodeProperties.crowdedCodes().list().ofMaxSize(4);
    }

    /** A random tree: each department after the root hangs under one chosen among those before it. */
    private record Tree(List<DeptId> ids, Map<DeptId, DeptId> parents) {

        static Tree of(List<Integer> parentChoices) {
            List<DeptId> ids = new ArrayList<>(List.of(DeptId.ROOT));
            Map<DeptId, DeptId> parents = new HashMap<>();
            for (Integer choice : parentChoices) {
                DeptId id = DeptId.newId();
                parents.put(id, ids.get(choice % ids.size()));
                ids.add(id);
            }
            return new Tree(ids, parents);
        }

        DeptId pick(int choice) {
            return ids.get(choice % ids.size());
        }

        Set<DeptId> pick(List<Integer> choices) {
            Set<DeptId> picked = new HashSet<>();
            choices.forEach(choice -> picked.add(pick(choice)));
            return picked;
        }

        List<DeptId> all() {
            return ids;
        }

        Set<DeptId> subtrees(Set<DeptId> roots) {
            Set<DeptId> found = new HashSet<>();
            for (DeptId id : ids) {
                for (DeptId at = id; at != null; at = parents.get(at)) {
                    if (roots.contains(at)) {
                        found.add(id);
                        break;
                    }
                }
            }
            return found;
        }
    }
}
