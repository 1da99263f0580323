package dev.bastion.adapters.rest.system.notice;

import dev.bastion.adapters.rest.security.Caller;
import dev.bastion.adapters.rest.security.RequiresPermission;
import dev.bastion.adapters.rest.shared.PageResponse;
import dev.bastion.adapters.rest.shared.Paging;
import dev.bastion.application.system.notice.CreateNotice;
import dev.bastion.application.system.notice.DeleteNotice;
import dev.bastion.application.system.notice.GetNotice;
import dev.bastion.application.system.notice.ListNotices;
import dev.bastion.application.system.notice.NoticeView;
import dev.bastion.application.system.notice.PublishNotice;
import dev.bastion.application.system.notice.RevokeNotice;
import dev.bastion.application.system.notice.UpdateNotice;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.shared.InvalidValueException;
import dev.bastion.domain.system.notice.NoticeId;
import dev.bastion.domain.system.notice.NoticeQuery;
import dev.bastion.domain.system.notice.NoticeStatus;
import dev.bastion.domain.system.notice.NoticeType;
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
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Set;

/** Notices, as their administrators write and publish them (docs/api.md, "Notices"). */
@Controller("/api/v1/notices")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Notices")
class NoticeController {

    static final Set<String> SORTS = Set.of("createdAt,desc");

    private final ListNotices listNotices;
    private final GetNotice getNotice;
    private final CreateNotice createNotice;
    private final UpdateNotice updateNotice;
    private final DeleteNotice deleteNotice;
    private final PublishNotice publishNotice;
    private final RevokeNotice revokeNotice;
    private final NoticeDtoMapper mapper;

    NoticeController(ListNotices listNotices, GetNotice getNotice, CreateNotice createNotice,
                     UpdateNotice updateNotice, DeleteNotice deleteNotice, PublishNotice publishNotice,
                     RevokeNotice revokeNotice, NoticeDtoMapper mapper) {
        this.listNotices = listNotices;
        this.getNotice = getNotice;
        this.createNotice = createNotice;
        this.updateNotice = updateNotice;
        this.deleteNotice = deleteNotice;
        this.publishNotice = publishNotice;
        this.revokeNotice = revokeNotice;
        this.mapper = mapper;
    }

    @Get
    @RequiresPermission("system:notice:list")
    @Operation(operationId = "listNotices",
            summary = "Notices, paged, newest first; filters type, status, title (contains, ignoring case)",
            security = @SecurityRequirement(name = "bearerAuth"))
    PageResponse<NoticeResponse> list(@Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size,
                                      @Nullable @QueryValue String sort,
                                      @Nullable @QueryValue @Schema(allowableValues = {"ANNOUNCEMENT", "NOTIFICATION"})
                                      String type,
                                      @Nullable @QueryValue @Schema(allowableValues = {"DRAFT", "PUBLISHED", "REVOKED"})
                                      String status,
                                      @Nullable @QueryValue @Size(max = 100) String title,
                                      Authentication authentication) {
        NoticeQuery query = new NoticeQuery(type == null ? null : parse(NoticeType.class, "type", type,
                NoticeValues.TYPE_RULE), status == null ? null : parse(NoticeStatus.class, "status", status,
                NoticeValues.STATUS_RULE), title);
        return PageResponse.of(listNotices.list(actor(authentication), query, Paging.of(page, size, sort, SORTS)),
                mapper::toResponse);
    }

    @Get("/{id}")
    @RequiresPermission("system:notice:read")
    @Operation(operationId = "getNotice", summary = "One notice, in any state",
            security = @SecurityRequirement(name = "bearerAuth"))
    NoticeResponse read(@PathVariable String id, Authentication authentication) {
        return mapper.toResponse(getNotice.get(actor(authentication), NoticeId.parse("id", id)));
    }

    @Post
    @Status(HttpStatus.CREATED)
    @RequiresPermission("system:notice:create")
    @Operation(operationId = "createNotice",
            summary = "Write a notice (a DRAFT); its content is sanitised, the answer shows what was kept",
            security = @SecurityRequirement(name = "bearerAuth"))
    HttpResponse<NoticeResponse> create(@Valid @Body CreateNoticeRequest body, Authentication authentication) {
        NoticeView created = createNotice.create(actor(authentication), mapper.command(body));
        return HttpResponse.created(mapper.toResponse(created), URI.create("/api/v1/notices/" + created.id()));
    }

    @Put("/{id}")
    @RequiresPermission("system:notice:update")
    @Operation(operationId = "updateNotice",
            summary = "Edit a DRAFT notice; send the version you read",
            security = @SecurityRequirement(name = "bearerAuth"))
    NoticeResponse update(@PathVariable String id, @Valid @Body UpdateNoticeRequest body,
                          Authentication authentication) {
        return mapper.toResponse(updateNotice.update(actor(authentication),
                mapper.command(NoticeId.parse("id", id), body)));
    }

    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @RequiresPermission("system:notice:delete")
    @Operation(operationId = "deleteNotice", summary = "Delete a DRAFT notice",
            security = @SecurityRequirement(name = "bearerAuth"))
    void delete(@PathVariable String id, Authentication authentication) {
        deleteNotice.delete(actor(authentication), NoticeId.parse("id", id));
    }

    @Post("/{id}/publish")
    @RequiresPermission("system:notice:publish")
    @Operation(operationId = "publishNotice",
            summary = "Publish a DRAFT notice: its audience sees it from publishAt on (at once without one)",
            security = @SecurityRequirement(name = "bearerAuth"))
    NoticeResponse publish(@PathVariable String id, Authentication authentication) {
        return mapper.toResponse(publishNotice.publish(actor(authentication), NoticeId.parse("id", id)));
    }

    @Post("/{id}/revoke")
    @RequiresPermission("system:notice:revoke")
    @Operation(operationId = "revokeNotice", summary = "Withdraw a PUBLISHED notice from everyone",
            security = @SecurityRequirement(name = "bearerAuth"))
    NoticeResponse revoke(@PathVariable String id, Authentication authentication) {
        return mapper.toResponse(revokeNotice.revoke(actor(authentication), NoticeId.parse("id", id)));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String text, String rule) {
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, rule);
        }
    }

    private static UserId actor(Authentication authentication) {
        return Caller.of(authentication).userId();
    }
}
