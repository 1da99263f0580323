package dev.bastion.adapters.rest.identity.csv;

import dev.bastion.application.identity.csv.ExportUsers.ExportedUser;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of the users CSV file, in the order an export writes them. Values are written as the
 * JSON API shows them (status {@code ENABLED|DISABLED}, ids as UUIDs, {@code createdAt} ISO-8601 UTC);
 * an absent e-mail or phone is an empty cell; roles are role codes joined by {@value #ROLE_SEPARATOR},
 * sorted. An import takes every column but {@code createdAt}, which it accepts and ignores so that an
 * export can be imported as it is.
 */
enum UserCsvColumn {
    USERNAME("username"),
    NICKNAME("nickname"),
    EMAIL("email"),
    PHONE("phone"),
    DEPT_ID("deptId"),
    STATUS("status"),
    ROLES("roles"),
    CREATED_AT("createdAt");

    static final String ROLE_SEPARATOR = "|";

    private final String header;

    UserCsvColumn(String header) {
        this.header = header;
    }

    String header() {
        return header;
    }

    /** The header names of every column, in export order. */
    static List<String> headers() {
        return Arrays.stream(values()).map(UserCsvColumn::header).toList();
    }

    /** The column a header cell names (ignoring case and surrounding spaces), if any. */
    static Optional<UserCsvColumn> named(String headerCell) {
        String name = headerCell.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(column -> column.header.toLowerCase(Locale.ROOT).equals(name))
                .findFirst();
    }

    /** This column's cell for {@code exported}, before any spreadsheet guard. */
    String cellOf(ExportedUser exported) {
        return switch (this) {
            case USERNAME -> exported.username();
            case NICKNAME -> exported.nickname();
            case EMAIL -> exported.email() == null ? "" : exported.email();
            case PHONE -> exported.phone() == null ? "" : exported.phone();
            case DEPT_ID -> exported.deptId().toString();
            case STATUS -> exported.status().name();
            case ROLES -> String.join(ROLE_SEPARATOR, exported.roleCodes());
            case CREATED_AT -> exported.createdAt().toString();
        };
    }
}
