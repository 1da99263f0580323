package dev.bastion.adapters.persistence.audit;

import dev.bastion.adapters.persistence.shared.PersistenceMapperConfig;
import dev.bastion.domain.audit.LoginLogEntry;
import org.mapstruct.Mapper;

@Mapper(config = PersistenceMapperConfig.class)
interface LoginLogRowMapper {

    LoginLogRow toRow(LoginLogEntry entry);

    LoginLogEntry toEntry(LoginLogRow row);
}
