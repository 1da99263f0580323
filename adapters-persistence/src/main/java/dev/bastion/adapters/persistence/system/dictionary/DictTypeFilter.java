package dev.bastion.adapters.persistence.system.dictionary;

import dev.bastion.adapters.persistence.shared.SqlFilter;
import dev.bastion.domain.system.dictionary.DictTypeQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The WHERE clause of a dictionary type listing: fixed fragments, every filter value bound. */
final class DictTypeFilter {

    private DictTypeFilter() {
    }

    static SqlFilter of(DictTypeQuery query) {
        List<String> predicates = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        if (query.codePrefix() != null) {
            // codes are lower case, so a prefix in any case finds them
            predicates.add("code LIKE ? ESCAPE '!'");
            values.add(SqlFilter.likePrefix(query.codePrefix().toLowerCase(Locale.ROOT)));
        }
        if (query.nameContains() != null) {
            predicates.add("lower(name) LIKE ? ESCAPE '!'");
            values.add("%" + SqlFilter.likePrefix(query.nameContains().toLowerCase(Locale.ROOT)));
        }
        if (query.status() != null) {
            predicates.add("status = ?");
            values.add(query.status().name());
        }
        return SqlFilter.of(predicates, values);
    }
}
