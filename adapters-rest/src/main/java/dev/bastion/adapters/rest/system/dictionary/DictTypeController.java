package dev.bastion.adapters.rest.system.dictionary;

import dev.bastion.adapters.rest.security.RequiresPermission;
import dev.bastion.adapters.rest.shared.PageResponse;
import dev.bastion.application.system.dictionary.CreateDictType;
import dev.bastion.application.system.dictionary.DeleteDictType;
import dev.bastion.application.system.dictionary.DictTypeView;
import dev.bastion.application.system.dictionary.GetDictType;
import dev.bastion.application.system.dictionary.GetPublishedDictionary;
import dev.bastion.application.system.dictionary.ListDictTypes;
import dev.bastion.application.system.dictionary.PublishedDictionary;
import dev.bastion.application.system.dictionary.UpdateDictType;
import dev.bastion.domain.shared.InvalidValueException;
import dev.bastion.domain.shared.PageRequest;
import dev.bastion.domain.system.dictionary.DictCode;
import dev.bastion.domain.system.dictionary.DictStatus;
import dev.bastion.domain.system.dictionary.DictTypeId;
import dev.bastion.domain.system.dictionary.DictTypeQuery;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;

/** Dictionary types, and the items of one as front ends read them (docs/api.md, "Dictionaries"). */
@Controller("/api/v1/dict-types")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Dictionaries")
class DictTypeController {

    /** Clients may keep the answer but must ask again each time (cheap: a 304 when unchanged). */
    static final String REVALIDATE = "no-cache";

    private final ListDictTypes listTypes;
    private final GetDictType getType;
    private final CreateDictType createType;
    private final UpdateDictType updateType;
    private final DeleteDictType deleteType;
    private final GetPublishedDictionary published;
    private final DictDtoMapper mapper;

    DictTypeController(ListDictTypes listTypes, GetDictType getType, CreateDictType createType,
                       UpdateDictType updateType, DeleteDictType deleteType, GetPublishedDictionary published,
                       DictDtoMapper mapper) {
        this.listTypes = listTypes;
        this.getType = getType;
        this.createType = createType;
        this.updateType = updateType;
        this.deleteType = deleteType;
        this.published = published;
        this.mapper = mapper;
    }

    @Get
    @RequiresPermission("system:dict:list")
    @Operation(operationId = "listDictTypes",
            summary = "Dictionary types, paged, by code; filters code (prefix), name (contains), status",
            security = @SecurityRequirement(name = "bearerAuth"))
    PageResponse<DictTypeResponse> list(@Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size,
                                        @Nullable @QueryValue @Size(max = 64) String code,
                                        @Nullable @QueryValue @Size(max = 64) String name,
                                        @Nullable @QueryValue @Schema(allowableValues = {"ENABLED", "DISABLED"})
                                        String status) {
        DictTypeQuery query = new DictTypeQuery(code, name, status == null ? null : DictStatus.parse("status", status));
        PageRequest request = new PageRequest(page == null ? 1 : page, size == null ? PageRequest.DEFAULT_SIZE : size);
        return PageResponse.of(listTypes.list(query, request), mapper::toResponse);
    }

    @Get("/{id}")
    @RequiresPermission("system:dict:read")
    @Operation(operationId = "getDictType", summary = "One dictionary type",
            security = @SecurityRequirement(name = "bearerAuth"))
    DictTypeResponse read(@PathVariable String id) {
        return mapper.toResponse(getType.get(DictTypeId.parse("id", id)));
    }

    @Post
    @Status(HttpStatus.CREATED)
    @RequiresPermission("system:dict:create")
    @Operation(operationId = "createDictType", summary = "Create a dictionary type (its items are added one by one)",
            security = @SecurityRequirement(name = "bearerAuth"))
    HttpResponse<DictTypeResponse> create(@Valid @Body CreateDictTypeRequest body) {
        DictTypeView created = createType.create(new CreateDictType.Command(DictCode.parse("code", body.code()),
                mapper.typeDetails(body)));
        return HttpResponse.created(mapper.toResponse(created), URI.create("/api/v1/dict-types/" + created.id()));
    }

    @Put("/{id}")
    @RequiresPermission("system:dict:update")
    @Operation(operationId = "updateDictType",
            summary = "Update a dictionary type read at version; fields left out keep their value; the code is immutable",
            security = @SecurityRequirement(name = "bearerAuth"))
    DictTypeResponse update(@PathVariable String id, @Valid @Body UpdateDictTypeRequest body) {
        return mapper.toResponse(updateType.update(mapper.command(DictTypeId.parse("id", id), body)));
    }

    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @RequiresPermission("system:dict:delete")
    @Operation(operationId = "deleteDictType",
            summary = "Delete a dictionary type; one with items only with cascade=true (then its items go with it)",
            security = @SecurityRequirement(name = "bearerAuth"))
    void delete(@PathVariable String id,
                @Nullable @QueryValue @Schema(allowableValues = {"true", "false"}, defaultValue = "false")
                String cascade) {
        deleteType.delete(DictTypeId.parse("id", id), cascade(cascade));
    }

    @Get("/{code}/items")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(operationId = "getDictionary",
            summary = "The enabled items of an enabled dictionary type, by sort then value, for any signed-in user; "
                    + "send the ETag back in If-None-Match to get 304 while it is unchanged",
            security = @SecurityRequirement(name = "bearerAuth"))
    @ApiResponse(responseCode = "200", description = "The items",
            headers = {
                @io.swagger.v3.oas.annotations.headers.Header(name = HttpHeaders.ETAG,
                        description = "strong, derived from the content", schema = @Schema(type = "string")),
                @io.swagger.v3.oas.annotations.headers.Header(name = HttpHeaders.CACHE_CONTROL,
                        description = "no-cache: keep it, but revalidate each time", schema = @Schema(type = "string"))},
            content = @Content(mediaType = "application/json",
                    array = @ArraySchema(schema = @Schema(implementation = DictItemResponse.class))))
    @ApiResponse(responseCode = "304", description = "Not modified: If-None-Match names the current ETag (or *)",
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = HttpHeaders.ETAG,
                    description = "the current tag", schema = @Schema(type = "string")))
    HttpResponse<List<DictItemResponse>> items(@PathVariable @Schema(pattern = "^[a-z][a-z0-9_]{1,63}$", maxLength = 64,
            example = "user_status") String code,
            @Nullable @Header(HttpHeaders.IF_NONE_MATCH)
            @Parameter(description = "ETags read before (a list, * or W/ forms too): 304 when one is current")
            List<String> ifNoneMatch) {
        PublishedDictionary dictionary = published.published(DictCode.parse("code", code));
        MutableHttpResponse<List<DictItemResponse>> response =
                EntityTags.noneMatchFails(ifNoneMatch == null ? List.of() : ifNoneMatch, dictionary.entityTag())
                        ? HttpResponse.notModified()
                        : HttpResponse.ok(dictionary.items().stream().map(mapper::toResponse).toList());
        return response.header(HttpHeaders.ETAG, dictionary.entityTag()).header(HttpHeaders.CACHE_CONTROL, REVALIDATE);
    }

    private static boolean cascade(String text) {
        if (text == null || text.equals("false")) {
            return false;
        }
        if (text.equals("true")) {
            return true;
        }
        throw new InvalidValueException("cascade", "must be true or false");
    }
}
