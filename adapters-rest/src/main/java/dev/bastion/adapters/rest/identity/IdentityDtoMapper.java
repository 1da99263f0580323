package dev.bastion.adapters.rest.identity;

import dev.bastion.adapters.rest.identity.sessions.SessionResponse;
import dev.bastion.adapters.rest.identity.signin.MeResponse;
import dev.bastion.adapters.rest.shared.IdMappings;
import dev.bastion.adapters.rest.shared.RestMapperConfig;
import dev.bastion.application.identity.signin.GetCurrentUser.CurrentUser;
import dev.bastion.application.identity.sessions.SessionView;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(config = RestMapperConfig.class, uses = IdMappings.class)
public interface IdentityDtoMapper {

    @Mapping(target = "passwordChangeRequired", source = "mustChangePassword")
    MeResponse toResponse(CurrentUser user);

    SessionResponse toResponse(SessionView session);
}
