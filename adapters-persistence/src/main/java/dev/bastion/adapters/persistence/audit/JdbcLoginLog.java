package dev.bastion.adapters.persistence.audit;

import dev.bastion.domain.audit.LoginLog;
import dev.bastion.domain.audit.LoginLogEntry;
import dev.bastion.domain.audit.LoginLogQuery;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import jakarta.inject.Singleton;
import java.util.List;

/** {@link LoginLog} on PostgreSQL: newest first, filters as bound parameters. */
@Singleton
final class JdbcLoginLog implements LoginLog {

    private final LoginLogRowRepository rows;
    private final LoginLogRowMapper mapper;

    JdbcLoginLog(LoginLogRowRepository rows, LoginLogRowMapper mapper) {
        this.rows = rows;
        this.mapper = mapper;
    }

    @Override
    public void append(LoginLogEntry entry) {
        rows.save(mapper.toRow(entry));
    }

    @Override
    public Page<LoginLogEntry> find(LoginLogQuery query, PageRequest page) {
        String outcome = query.outcome() == null ? null : query.outcome().name();
        long total = rows.countMatching(query.username(), outcome, query.from(), query.to());
        List<LoginLogEntry> items = total == 0 ? List.of() : rows.findPage(query.username(), outcome, query.from(),
                query.to(), page.size(), page.offset()).stream().map(mapper::toEntry).toList();
        return Page.of(items, total, page);
    }
}
