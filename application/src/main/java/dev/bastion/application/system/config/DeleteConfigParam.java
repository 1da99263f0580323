package dev.bastion.application.system.config;

import dev.bastion.domain.system.config.ConfigParamId;

/** Deletes a parameter an operator added; a built-in one is {@code CONFLICT}, an unknown id {@code NOT_FOUND}. */
public interface DeleteConfigParam {

    void delete(ConfigParamId id);
}
