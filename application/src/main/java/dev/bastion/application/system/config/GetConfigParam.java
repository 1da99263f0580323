package dev.bastion.application.system.config;

import dev.bastion.domain.system.config.ConfigKey;

/** One parameter by key; {@code NOT_FOUND} when there is none. */
public interface GetConfigParam {

    ConfigParamView get(ConfigKey key);
}
