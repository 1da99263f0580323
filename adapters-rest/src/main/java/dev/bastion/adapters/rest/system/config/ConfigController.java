package dev.bastion.adapters.rest.system.config;

import dev.bastion.adapters.rest.security.RequiresPermission;
import dev.bastion.adapters.rest.shared.PageResponse;
import dev.bastion.application.system.config.ConfigParamView;
import dev.bastion.application.system.config.CreateConfigParam;
import dev.bastion.application.system.config.DeleteConfigParam;
import dev.bastion.application.system.config.GetConfigParam;
import dev.bastion.application.system.config.ListConfigParams;
import dev.bastion.application.system.config.UpdateConfigParam;
import dev.bastion.domain.shared.InvalidValueException;
import dev.bastion.domain.shared.PageRequest;
import dev.bastion.domain.system.config.ConfigKey;
import dev.bastion.domain.system.config.ConfigParamId;
import dev.bastion.domain.system.config.ConfigParamQuery;
import dev.bastion.domain.system.config.ConfigType;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;

/** Typed run-time parameters, read by key, changed by id (docs/api.md, "Config parameters"). */
@Controller("/api/v1/configs")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Config parameters")
class ConfigController {

    static final String ID_OR_KEY_NAME = "idOrKey";
    /** An id (a UUID) or a key (dotted lower case). */
    static final String ID_OR_KEY = "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
            + "|[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+)$";

    private final ListConfigParams listParams;
    private final GetConfigParam getParam;
    private final CreateConfigParam createParam;
    private final UpdateConfigParam updateParam;
    private final DeleteConfigParam deleteParam;

    ConfigController(ListConfigParams listParams, GetConfigParam getParam, CreateConfigParam createParam,
                     UpdateConfigParam updateParam, DeleteConfigParam deleteParam) {
        this.listParams = listParams;
        this.getParam = getParam;
        this.createParam = createParam;
        this.updateParam = updateParam;
        this.deleteParam = deleteParam;
    }

    @Get
    @RequiresPermission("system:config:list")
    @Operation(operationId = "listConfigParams",
            summary = "Parameters, paged, by key; filters key (prefix), type, builtIn",
            security = @SecurityRequirement(name = "bearerAuth"))
    PageResponse<ConfigResponse> list(@Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size,
                                      @Nullable @QueryValue @Size(max = 100) String key,
                                      @Nullable @QueryValue @Schema(allowableValues = {"STRING", "INTEGER", "BOOLEAN",
                                              "DECIMAL", "DURATION", "JSON"}) String type,
                                      @Nullable @QueryValue @Schema(allowableValues = {"true", "false"}) String builtIn) {
        ConfigParamQuery query = new ConfigParamQuery(key, type == null ? null : ConfigType.parse("type", type),
                builtIn == null ? null : bool(builtIn));
        PageRequest request = new PageRequest(page == null ? 1 : page, size == null ? PageRequest.DEFAULT_SIZE : size);
        return PageResponse.of(listParams.list(query, request), ConfigDtos::toResponse);
    }

    @Get("/{idOrKey}")
    @RequiresPermission("system:config:read")
    @Operation(operationId = "getConfigParam", summary = "One parameter, by key (or by id)",
            security = @SecurityRequirement(name = "bearerAuth"))
    ConfigResponse read(@PathVariable @Schema(pattern = ID_OR_KEY, maxLength = 100,
            description = "The parameter's key (security.lockout.max-failures) or its id") String idOrKey) {
        return ConfigDtos.toResponse(isKey(idOrKey) ? getParam.get(key(idOrKey))
                : getParam.get(ConfigParamId.parse(ID_OR_KEY_NAME, idOrKey)));
    }

    @Post
    @Status(HttpStatus.CREATED)
    @RequiresPermission("system:config:create")
    @Operation(operationId = "createConfigParam", summary = "Create a parameter",
            security = @SecurityRequirement(name = "bearerAuth"))
    HttpResponse<ConfigResponse> create(@Valid @Body CreateConfigRequest body) {
        ConfigParamView created = createParam.create(ConfigDtos.command(body));
        return HttpResponse.created(ConfigDtos.toResponse(created), URI.create("/api/v1/configs/" + created.key()));
    }

    @Put("/{idOrKey}")
    @RequiresPermission("system:config:update")
    @Operation(operationId = "updateConfigParam",
            summary = "Update a parameter read at version; fields left out keep their value; every instance "
                    + "applies the new value from its next use",
            security = @SecurityRequirement(name = "bearerAuth"))
    ConfigResponse update(@PathVariable @Schema(pattern = ID_OR_KEY, maxLength = 100,
            description = "The parameter's id (or its key)") String idOrKey,
                          @Valid @Body UpdateConfigRequest body) {
        return ConfigDtos.toResponse(updateParam.update(ConfigDtos.command(idOf(idOrKey), body)));
    }

    @Delete("/{idOrKey}")
    @Status(HttpStatus.NO_CONTENT)
    @RequiresPermission("system:config:delete")
    @Operation(operationId = "deleteConfigParam", summary = "Delete a parameter; never a built-in (409)",
            security = @SecurityRequirement(name = "bearerAuth"))
    void delete(@PathVariable @Schema(pattern = ID_OR_KEY, maxLength = 100,
            description = "The parameter's id (or its key)") String idOrKey) {
        deleteParam.delete(idOf(idOrKey));
    }

    /**
     * A parameter is addressed by its id or by its key: a key always has a dot (two segments at
     * least), an id never does, so the one path serves both.
     */
    private static boolean isKey(String idOrKey) {
        return idOrKey.indexOf('.') >= 0;
    }

    private static ConfigKey key(String text) {
        try {
            return new ConfigKey(text);
        } catch (InvalidValueException invalid) {
            throw new InvalidValueException(ID_OR_KEY_NAME, invalid.getMessage());
        }
    }

    private ConfigParamId idOf(String idOrKey) {
        return isKey(idOrKey) ? getParam.get(key(idOrKey)).id() : ConfigParamId.parse(ID_OR_KEY_NAME, idOrKey);
    }

    private static boolean bool(String text) {
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidValueException("builtIn", "must be true or false");
        };
    }
}
