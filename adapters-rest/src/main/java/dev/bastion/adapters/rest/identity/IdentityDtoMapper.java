package dev.bastion.adapters.rest.identity;

import dev.bastion.adapters.rest.shared.IdMappings;
import dev.bastion.adapters.rest.shared.RestMapperConfig;
import dev.bastion.application.identity.GetCurrentUser.CurrentUser;
import dev.bastion.application.identity.SessionView;
import org.mapstruct.Mapper;

@Mapper(config = RestMapperConfig.class, uses = IdMappings.class)
interface IdentityDtoMapper {

    MeResponse toResponse(CurrentUser user);

    SessionResponse toResponse(SessionView session);
}
