package dev.bastion.adapters.rest.system.config;

import dev.bastion.adapters.rest.json.SentFields;
import dev.bastion.application.system.config.ConfigParamView;
import dev.bastion.application.system.config.CreateConfigParam;
import dev.bastion.application.system.config.UpdateConfigParam;
import dev.bastion.domain.system.config.ConfigConstraints;
import dev.bastion.domain.system.config.ConfigDefinition;
import dev.bastion.domain.system.config.ConfigKey;
import dev.bastion.domain.system.config.ConfigParamId;
import dev.bastion.domain.system.config.ConfigType;
import java.util.Objects;

/** Parameter read models to DTOs and request bodies to commands; the domain validates what the DTO cannot. */
final class ConfigDtos {

    static final String TYPES = "STRING|INTEGER|BOOLEAN|DECIMAL|DURATION|JSON";
    static final String TYPES_MESSAGE = "must be one of STRING | INTEGER | BOOLEAN | DECIMAL | DURATION | JSON";

    private ConfigDtos() {
    }

    static ConfigResponse toResponse(ConfigParamView view) {
        ConfigConstraints c = view.constraints();
        return new ConfigResponse(view.id().toString(), view.key(), view.name(), view.type(), view.value(),
                c.isEmpty() ? null : new ConfigConstraintsResponse(c.min(), c.max(), c.pattern(), c.allowed()),
                view.description(), view.builtIn(), view.overridden(), view.version(), view.createdAt(),
                view.updatedAt());
    }

    static CreateConfigParam.Command command(CreateConfigRequest body) {
        ConfigType type = ConfigType.parse("type", body.type());
        return new CreateConfigParam.Command(new ConfigDefinition(new ConfigKey(body.key()), body.name(), type,
                constraints(body.constraints()), body.description()), body.value());
    }

    /** The patch {@code body} asks for: fields it left out are absent. */
    static UpdateConfigParam.Command command(ConfigParamId id, UpdateConfigRequest body) {
        SentFields sent = Objects.requireNonNull(body.sentFields(), "sentFields (set by the body reader)");
        return new UpdateConfigParam.Command(id, body.version(), sent.patch("name", body.name()),
                sent.patch("description", body.description()),
                sent.patch("type", body.type() == null ? null : ConfigType.parse("type", body.type())),
                sent.patch("constraints", body.constraints() == null ? null : constraints(body.constraints())),
                sent.patch("value", body.value()));
    }

    static ConfigConstraints constraints(ConfigConstraintsBody body) {
        return body == null ? ConfigConstraints.NONE
                : new ConfigConstraints(body.min(), body.max(), body.pattern(), body.allowed());
    }

}
