package dev.bastion.adapters.rest.shared;

import org.mapstruct.InjectionStrategy;
import org.mapstruct.MapperConfig;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;

/** Every DTO mapper is a constructor-injected bean and must map every field, or it does not compile. */
@MapperConfig(componentModel = MappingConstants.ComponentModel.JAKARTA,
        injectionStrategy = InjectionStrategy.CONSTRUCTOR,
        unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface RestMapperConfig {
}
