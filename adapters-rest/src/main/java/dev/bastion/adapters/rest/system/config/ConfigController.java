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

    @Get("/{key}")
    @RequiresPermission("system:config:read")
    @Operation(operationId = "getConfigParam", summary = "One parameter, by key",
            security = @SecurityRequirement(name = "bearerAuth"))
    ConfigResponse read(@PathVariable @Schema(pattern = "^[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+$", maxLength = 100)
                        String key) {
        return ConfigDtos.toResponse(getParam.get(new ConfigKey(key)));
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

    @Put("/{id}")
    @RequiresPermission("system:config:update")
    @Operation(operationId = "updateConfigParam",
            summary = "Update a parameter read at version; fields left out keep their value; every instance "
                    + "applies the new value from its next use",
            security = @SecurityRequirement(name = "bearerAuth"))
    ConfigResponse update(@PathVariable String id, @Valid @Body UpdateConfigRequest body) {
        return ConfigDtos.toResponse(updateParam.update(ConfigDtos.command(ConfigParamId.parse("id", id), body)));
    }

    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @RequiresPermission("system:config:delete")
    @Operation(operationId = "deleteConfigParam", summary = "Delete a parameter; never a built-in (409)",
            security = @SecurityRequirement(name = "bearerAuth"))
    void delete(@PathVariable String id) {
        deleteParam.delete(ConfigParamId.parse("id", id));
    }

    private static boolean bool(String text) {
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidValueException("builtIn", "must be true or false");
        };
    }
}
