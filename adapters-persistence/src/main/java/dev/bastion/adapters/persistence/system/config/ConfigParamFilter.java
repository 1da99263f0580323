package dev.bastion.adapters.persistence.system.config;

import dev.bastion.adapters.persistence.shared.SqlFilter;
import dev.bastion.domain.system.config.ConfigParamQuery;
import java.util.ArrayList;
import java.util.List;

/** The WHERE clause of a parameter listing: fixed fragments, every filter value bound. */
final class ConfigParamFilter {

    private ConfigParamFilter() {
    }

    static SqlFilter of(ConfigParamQuery query) {
        List<String> predicates = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        if (query.keyPrefix() != null) {
            predicates.add("key LIKE ? ESCAPE '!'");
            values.add(SqlFilter.likePrefix(query.keyPrefix()));
        }
        if (query.type() != null) {
            predicates.add("type = ?");
            values.add(query.type().name());
        }
        if (query.builtIn() != null) {
            predicates.add("built_in = ?");
            values.add(query.builtIn());
        }
        return SqlFilter.of(predicates, values);
    }
}
