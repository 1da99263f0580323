package dev.bastion.adapters.rest.system.notice;

import dev.bastion.adapters.rest.security.Caller;
import dev.bastion.adapters.rest.shared.PageResponse;
import dev.bastion.adapters.rest.shared.Paging;
import dev.bastion.application.system.notice.CountUnreadNotices;
import dev.bastion.application.system.notice.ListMyNotices;
import dev.bastion.application.system.notice.MarkAllNoticesRead;
import dev.bastion.application.system.notice.MarkNoticeRead;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.system.notice.NoticeId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Set;

/**
 * The caller's own notices (docs/api.md, "Notices"): those visible to them now, and their read
 * receipts. A notice they do not see is 404 for them.
 */
@Controller("/api/v1/auth/notices")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Authentication")
class MyNoticesController {

    static final Set<String> SORTS = Set.of("publishedAt,desc");

    private final ListMyNotices listMyNotices;
    private final CountUnreadNotices countUnread;
    private final MarkNoticeRead markRead;
    private final MarkAllNoticesRead markAllRead;
    private final NoticeDtoMapper mapper;

    MyNoticesController(ListMyNotices listMyNotices, CountUnreadNotices countUnread, MarkNoticeRead markRead,
                        MarkAllNoticesRead markAllRead, NoticeDtoMapper mapper) {
        this.listMyNotices = listMyNotices;
        this.countUnread = countUnread;
        this.markRead = markRead;
        this.markAllRead = markAllRead;
        this.mapper = mapper;
    }

    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(operationId = "listOwnNotices",
            summary = "The notices visible to the caller now, newest first, each with read: true|false; "
                    + "unread=true for the unread ones only",
            security = @SecurityRequirement(name = "bearerAuth"))
    PageResponse<MyNoticeResponse> list(@Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size,
                                        @Nullable @QueryValue String sort, @Nullable @QueryValue Boolean unread,
                                        Authentication authentication) {
        return PageResponse.of(listMyNotices.list(caller(authentication), Boolean.TRUE.equals(unread),
                Paging.of(page, size, sort, SORTS)), mapper::toResponse);
    }

    @Get("/unread-count")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(operationId = "countOwnUnreadNotices", summary = "How many notices visible to the caller are unread",
            security = @SecurityRequirement(name = "bearerAuth"))
    UnreadCountResponse unreadCount(Authentication authentication) {
        return new UnreadCountResponse(countUnread.unreadCount(caller(authentication)));
    }

    @Put("/{id}/read")
    @Status(HttpStatus.NO_CONTENT)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(operationId = "markOwnNoticeRead",
            summary = "Mark a notice read (again: no change); one the caller does not see is 404",
            security = @SecurityRequirement(name = "bearerAuth"))
    void read(@PathVariable String id, Authentication authentication) {
        markRead.markRead(caller(authentication), NoticeId.parse("id", id));
    }

    @Put("/read-all")
    @Status(HttpStatus.NO_CONTENT)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(operationId = "markAllOwnNoticesRead", summary = "Mark every notice visible to the caller read",
            security = @SecurityRequirement(name = "bearerAuth"))
    void readAll(Authentication authentication) {
        markAllRead.markAllRead(caller(authentication));
    }

    private static UserId caller(Authentication authentication) {
        return Caller.of(authentication).userId();
    }
}
