package dev.bastion.application.audit;

import dev.bastion.domain.audit.LoginLogEntry;
import dev.bastion.domain.audit.LoginLogQuery;
import java.util.stream.Stream;

/** Every sign-in attempt matching {@code query}, newest first, read slice by slice as consumed. */
public interface ExportLoginLog {

    Stream<LoginLogEntry> export(LoginLogQuery query);
}
