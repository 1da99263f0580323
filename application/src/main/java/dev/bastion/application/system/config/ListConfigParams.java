package dev.bastion.application.system.config;

import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import dev.bastion.domain.system.config.ConfigParamQuery;

/** A page of the parameters matching {@code query}, by key. */
public interface ListConfigParams {

    Page<ConfigParamView> list(ConfigParamQuery query, PageRequest page);
}
