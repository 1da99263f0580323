package dev.bastion.domain.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.shared.ConflictException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** On random trees: a move is refused exactly when the new parent is the department or below it. */
class DepartmentCycleProperties {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final DepartmentDetails DETAILS =
            new DepartmentDetails("D", 0, null, null, null, DepartmentStatus.ENABLED);

    @Property(tries = 300)
    void a_move_is_refused_exactly_when_it_would_make_a_cycle(
            @ForAll @Size(min = 1, max = 30) List<@IntRange(min = 0, max = 1000) Integer> parentChoices,
            @ForAll @IntRange(min = 1, max = 1000) int moverChoice,
            @ForAll @IntRange(min = 0, max = 1000) int targetChoice) {
        // Node i (1..n) hangs under one of the nodes before it; node 0 is the root.
        List<DeptId> ids = new ArrayList<>(List.of(DeptId.ROOT));
        Map<DeptId, DeptId> parents = new HashMap<>();
        for (Integer choice : parentChoices) {
            DeptId id = DeptId.newId();
            parents.put(id, ids.get(choice % ids.size()));
            ids.add(id);
        }
        DeptId mover = ids.get(1 + moverChoice % (ids.size() - 1));
        DeptId target = ids.get(targetChoice % ids.size());
        List<DeptId> lineage = new ArrayList<>();
        for (DeptId at = target; at != null; at = parents.get(at)) {
            lineage.add(at);
        }
        Department department = Department.reconstitute(
                new DepartmentSnapshot(mover, parents.get(mover), DETAILS, 0, NOW, NOW, null));

        boolean targetIsMoverOrBelow = lineage.contains(mover);
        if (targetIsMoverOrBelow) {
            assertThatThrownBy(() -> department.moveUnder(target, lineage, NOW)).isInstanceOf(ConflictException.class);
        } else {
            department.moveUnder(target, lineage, NOW);
            assertThat(department.parentId()).contains(target);
        }
    }
}
