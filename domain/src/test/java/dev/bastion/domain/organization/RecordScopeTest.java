package dev.bastion.domain.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecordScopeTest {

    private static final UUID VIEWER = UUID.randomUUID();
    private static final UUID OTHER = UUID.randomUUID();
    private static final DeptId SALES = DeptId.newId();
    private static final DeptId HR = DeptId.newId();

    @Test
    void everything_covers_every_record_and_department() {
        RecordScope scope = RecordScope.everything(VIEWER);

        assertThat(scope.covers(HR, OTHER)).isTrue();
        assertThat(scope.coversDept(SALES)).isTrue();
        assertThat(scope.depts()).isEmpty();
    }

    @Test
    void only_own_covers_the_viewers_records_and_no_department() {
        RecordScope scope = RecordScope.onlyOwn(VIEWER);

        assertThat(scope.covers(HR, VIEWER)).isTrue();
        assertThat(scope.covers(HR, OTHER)).isFalse();
        assertThat(scope.coversDept(HR)).isFalse();
    }

    @Test
    void departments_cover_their_records_and_own_records_only_when_granted() {
        RecordScope withoutOwn = new RecordScope(VIEWER, false, Set.of(SALES), false);
        RecordScope withOwn = new RecordScope(VIEWER, false, Set.of(SALES), true);

        assertThat(withoutOwn.covers(SALES, OTHER)).isTrue();
        assertThat(withoutOwn.covers(HR, VIEWER)).isFalse();
        assertThat(withOwn.covers(HR, VIEWER)).isTrue();
        assertThat(withOwn.coversDept(SALES)).isTrue();
        assertThat(withOwn.coversDept(HR)).isFalse();
    }
}
