package dev.bastion.adapters.rest.monitor;

import dev.bastion.adapters.rest.shared.RestMapperConfig;
import dev.bastion.domain.monitor.CacheKeys;
import dev.bastion.domain.monitor.CacheStatus;
import dev.bastion.domain.monitor.ServerStatus;
import org.mapstruct.Mapper;

@Mapper(config = RestMapperConfig.class)
interface MonitorDtoMapper {

    ServerStatusResponse toResponse(ServerStatus status);

    CacheStatusResponse toResponse(CacheStatus status);

    CacheKeysResponse toResponse(CacheKeys keys);
}
