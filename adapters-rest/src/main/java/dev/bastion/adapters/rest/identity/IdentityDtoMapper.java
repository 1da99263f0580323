package dev.bastion.adapters.rest.identity;

import dev.bastion.adapters.rest.shared.IdMappings;
import dev.bastion.adapters.rest.shared.RestMapperConfig;
import dev.bastion.application.identity.GetCurrentUser.CurrentUser;
import dev.bastion.application.identity.SessionView;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(config = RestMapperConfig.class, uses = IdMappings.class)
interface IdentityDtoMapper {

    @Mapping(target = "phone", ignore = true)
    @Mapping(target = "deptId", ignore = true)
    MeResponse toResponse(CurrentUser user);

    @Mapping(target = "loginAt", source = "loginAt")
    SessionResponse toResponse(SessionView session);
}
