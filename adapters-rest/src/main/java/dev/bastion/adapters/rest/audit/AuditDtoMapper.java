package dev.bastion.adapters.rest.audit;

import dev.bastion.adapters.rest.shared.IdMappings;
import dev.bastion.adapters.rest.shared.RestMapperConfig;
import dev.bastion.domain.audit.ChainVerification;
import dev.bastion.domain.audit.LoginLogEntry;
import dev.bastion.domain.audit.OperationLogEntry;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(config = RestMapperConfig.class, uses = IdMappings.class)
interface AuditDtoMapper {

    LoginLogResponse toResponse(LoginLogEntry entry);

    @Mapping(target = ".", source = "record")
    @Mapping(target = "outcome", expression = "java(entry.record().outcome())")
    OperationLogResponse toResponse(OperationLogEntry entry);

    default VerificationResponse toResponse(ChainVerification.Result result) {
        return new VerificationResponse(result.verified(), result.firstBroken()
                .map(broken -> new VerificationResponse.Broken(broken.id().toString(), broken.expected(),
                        broken.found()))
                .orElse(null));
    }
}
