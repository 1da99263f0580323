package dev.bastion.application.system.config;

import dev.bastion.domain.system.config.ConfigKey;
import dev.bastion.domain.system.config.ConfigParamId;

/** One parameter by key or by id; {@code NOT_FOUND} when there is none. */
public interface GetConfigParam {

    ConfigParamView get(ConfigKey key);

    ConfigParamView get(ConfigParamId id);
}
