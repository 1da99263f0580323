package dev.bastion.application.audit;

import dev.bastion.domain.audit.OperationLogEntry;
import dev.bastion.domain.audit.OperationLogQuery;
import java.util.stream.Stream;

/**
 * Every entry matching {@code query}, newest first, read slice by slice as the stream is consumed
 * (no connection held between slices); it needs no closing.
 */
public interface ExportOperationLog {

    Stream<OperationLogEntry> export(OperationLogQuery query);
}
