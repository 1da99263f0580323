package dev.bastion.adapters.persistence.audit;

import dev.bastion.adapters.persistence.shared.PersistenceMapperConfig;
import dev.bastion.domain.audit.LoginLogEntry;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;

/**
 * Entries to rows and back. The entry already cuts the username; the client address and
 * user agent come from request headers of any length, so they are cut to their columns
 * here (in characters, as {@code varchar} counts) rather than failing the insert.
 */
@Mapper(config = PersistenceMapperConfig.class)
interface LoginLogRowMapper {

    int IP_COLUMN = 64;
    int USER_AGENT_COLUMN = 512;

    @Mapping(target = "ip", qualifiedByName = "ipColumn")
    @Mapping(target = "userAgent", qualifiedByName = "userAgentColumn")
    LoginLogRow toRow(LoginLogEntry entry);

    LoginLogEntry toEntry(LoginLogRow row);

    @Named("ipColumn")
    default String ipColumn(String ip) {
        return fit(ip, IP_COLUMN);
    }

    @Named("userAgentColumn")
    default String userAgentColumn(String userAgent) {
        return fit(userAgent, USER_AGENT_COLUMN);
    }

    /** Control characters (PostgreSQL refuses NUL in text) become spaces; then at most {@code max} code points. */
    private static String fit(String value, int max) {
        String printable = value.replaceAll("\\p{Cntrl}", " ");
        return printable.codePointCount(0, printable.length()) <= max
                ? printable
                : printable.substring(0, printable.offsetByCodePoints(0, max));
    }
}
