package dev.bastion.adapters.rest.audit;

import dev.bastion.adapters.rest.shared.IdMappings;
import dev.bastion.adapters.rest.shared.RestMapperConfig;
import dev.bastion.domain.audit.LoginLogEntry;
import org.mapstruct.Mapper;

@Mapper(config = RestMapperConfig.class, uses = IdMappings.class)
interface AuditDtoMapper {

    LoginLogResponse toResponse(LoginLogEntry entry);
}
