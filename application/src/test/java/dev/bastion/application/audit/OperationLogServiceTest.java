package dev.bastion.application.audit;

import static dev.bastion.application.audit.OperationLogFixtures.T;
import static dev.bastion.application.audit.OperationLogFixtures.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.application.testing.InMemoryOperationLog;
import dev.bastion.domain.audit.ChainVerification;
import dev.bastion.domain.audit.OperationLogEntry;
import dev.bastion.domain.audit.OperationLogQuery;
import dev.bastion.domain.audit.OperationOutcome;
import dev.bastion.domain.audit.OperationRecord;
import dev.bastion.domain.shared.InvalidValueException;
import dev.bastion.domain.shared.NotFoundException;
import dev.bastion.domain.shared.PageRequest;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OperationLogServiceTest {

    private final InMemoryOperationLog log = new InMemoryOperationLog();
    private final OperationLogService service = new OperationLogService(log);

    private List<OperationRecord> append(int count) {
        List<OperationRecord> records = IntStream.range(0, count).mapToObj(OperationLogFixtures::record).toList();
        log.appendAll(records);
        return records;
    }

    @Test
    void the_listing_is_newest_first_and_filtered() {
        UUID actor = UUID.randomUUID();
        log.name(actor, "jane");
        log.appendAll(List.of(record(T, actor, 200), record(T.plusSeconds(1), null, 409),
                record(T.plusSeconds(2), actor, 403)));

        assertThat(service.list(OperationLogQuery.any(), PageRequest.first(10)).items())
                .extracting(e -> e.record().status()).containsExactly(403, 409, 200);
        assertThat(service.list(new OperationLogQuery("JANE", null, null, OperationOutcome.FAILURE, null, null, null),
                PageRequest.first(10)).items()).extracting(e -> e.record().status()).containsExactly(403);
    }

    @Test
    void one_entry_by_id_or_not_found() {
        OperationRecord first = append(1).get(0);

        assertThat(service.get(first.id()).record()).isEqualTo(first);
        assertThatThrownBy(() -> service.get(UUID.randomUUID())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_export_reads_every_matching_entry_newest_first_across_slices() {
        append(Slices.SIZE * 2 + 7);

        List<OperationLogEntry> exported = service.export(OperationLogQuery.any()).toList();

        assertThat(exported).hasSize(Slices.SIZE * 2 + 7);
        assertThat(exported.get(0).record().at()).isAfter(exported.get(exported.size() - 1).record().at());
        assertThat(exported).doesNotHaveDuplicates();
    }

    @Test
    void verification_passes_on_an_untouched_log_and_names_the_first_tampered_entry() {
        List<OperationRecord> records = append(OperationLogService.VERIFY_SLICE + 30);
        assertThat(service.verify(null, null)).isEqualTo(new ChainVerification.Result(records.size(), java.util.Optional.empty()));

        OperationRecord victim = records.get(OperationLogService.VERIFY_SLICE + 3);
        log.tamper(victim.id(), r -> new OperationRecord(r.id(), r.at(), r.actorId(), r.actorUsername(), r.sessionId(),
                r.clientAddress(), r.userAgent(), r.method(), r.route(), r.targetId(), r.module(), r.title(),
                r.arguments(), 200 + 1, r.problemCode(), r.durationMillis(), r.requestId()));

        ChainVerification.Result result = service.verify(null, null);
        assertThat(result.verified()).isEqualTo(OperationLogService.VERIFY_SLICE + 3);
        assertThat(result.firstBroken()).map(ChainVerification.Broken::id).hasValue(victim.id());
    }

    @Test
    void verification_of_a_window_starts_from_the_entry_before_it() {
        List<OperationRecord> records = append(10);

        ChainVerification.Result result = service.verify(records.get(3).at(), records.get(7).at());

        assertThat(result.verified()).isEqualTo(4);
        assertThat(result.firstBroken()).isEmpty();
        assertThat(service.verify(T.minusSeconds(3600), T.minusSeconds(60)).verified()).isZero();
        assertThatThrownBy(() -> service.verify(T, T)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).isEqualTo("to"));
    }
}
