package dev.bastion.adapters.rest.system.notice;

import dev.bastion.adapters.rest.security.Caller;
import dev.bastion.application.identity.sessions.CheckSession;
import dev.bastion.application.identity.sessions.IssueStreamTicket;
import dev.bastion.application.system.notice.MyNoticeView;
import dev.bastion.application.system.notice.live.WatchNotices;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.sse.Event;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;
import reactor.core.scheduler.Schedulers;

/**
 * The caller's notices as they arrive (docs/api.md, "Live notices"): a Server-Sent Events stream
 * with a {@code notice} event for each notice addressed to the caller as it becomes visible,
 * published on whichever instance; a comment every {@link #HEARTBEAT} so proxies keep the
 * connection; and a last {@code session-ended} event when the caller's session ends (logout,
 * forced logout, a disabled or deleted account), after which the stream closes.
 *
 * <p>A browser's {@code EventSource} cannot send the access token, so it opens the stream with a
 * ticket from {@code POST /stream-ticket} instead ({@code ?ticket=}, single use, 30 s): the access
 * token itself never travels in a URL.
 */
@Controller("/api/v1/auth/notices")
@Tag(name = "Authentication")
class NoticeStreamController {

    static final Duration HEARTBEAT = Duration.ofSeconds(25);
    /** How soon a stream notices that its session ended (a cached check on every instance). */
    static final Duration SESSION_CHECK = Duration.ofSeconds(1);

    private final WatchNotices watchNotices;
    private final IssueStreamTicket issueTicket;
    private final CheckSession checkSession;
    private final NoticeDtoMapper mapper;

    NoticeStreamController(WatchNotices watchNotices, IssueStreamTicket issueTicket, CheckSession checkSession,
                           NoticeDtoMapper mapper) {
        this.watchNotices = watchNotices;
        this.issueTicket = issueTicket;
        this.checkSession = checkSession;
        this.mapper = mapper;
    }

    @Post("/stream-ticket")
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(operationId = "issueNoticeStreamTicket",
            summary = "A single-use ticket (30 s) to open the caller's notice stream without a header",
            description = "For a browser's EventSource, which cannot send Authorization: "
                    + "GET /api/v1/auth/notices/stream?ticket=<ticket>. The ticket stands for the caller's "
                    + "current session and is spent on first use.",
            security = @SecurityRequirement(name = "bearerAuth"))
    StreamTicketResponse streamTicket(Authentication authentication) {
        Caller caller = Caller.of(authentication);
        IssueStreamTicket.Issued issued = issueTicket.issue(caller.userId(), caller.sessionId());
        return new StreamTicketResponse(issued.ticket(), issued.lifetime().toSeconds());
    }

    @Get(value = "/stream", produces = MediaType.TEXT_EVENT_STREAM)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(operationId = "streamOwnNotices",
            summary = "Server-Sent Events: a notice event for each notice addressed to the caller as it is "
                    + "published, a heartbeat comment every 25 s; ends when the caller's session ends",
            description = "Authorization: Bearer <access token>, or ?ticket= from POST "
                    + "/api/v1/auth/notices/stream-ticket. Each notice event has the notice id as its id "
                    + "and the notice as /auth/notices lists it as its data.",
            parameters = @Parameter(name = "ticket", in = ParameterIn.QUERY, required = false,
                    description = "A stream ticket, instead of the Authorization header",
                    schema = @Schema(type = "string", pattern = "^[A-Za-z0-9_-]{43}$")),
            responses = @ApiResponse(responseCode = "200", description = "The event stream",
                    content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM,
                            schema = @Schema(implementation = MyNoticeResponse.class))),
            security = @SecurityRequirement(name = "bearerAuth"))
    Publisher<Event<?>> stream(Authentication authentication) {
        Caller caller = Caller.of(authentication);
        Flux<Event<?>> notices = Flux.create(sink -> {
            WatchNotices.Watch watch = watchNotices.watch(caller.userId(), view -> sink.next(noticeEvent(view)));
            sink.onDispose(watch::close);
        }, FluxSink.OverflowStrategy.BUFFER);
        Flux<Event<?>> heartbeats = Flux.interval(HEARTBEAT, HEARTBEAT).map(tick -> comment("heartbeat"));
        Flux<Event<?>> sessionEnded = Flux.interval(SESSION_CHECK, SESSION_CHECK)
                .onBackpressureDrop()
                .publishOn(Schedulers.boundedElastic())
                .filter(tick -> checkSession.check(caller.userId(), caller.sessionId()).isEmpty())
                .take(1)
                .map(tick -> Event.of((Object) "{}").name("session-ended"));
        return Flux.merge(Flux.just(comment("connected")), notices, heartbeats, sessionEnded)
                .takeUntil(event -> "session-ended".equals(event.getName()));
    }

    private Event<?> noticeEvent(MyNoticeView view) {
        return Event.of(mapper.toResponse(view)).name("notice").id(view.id().toString());
    }

    private static Event<?> comment(String text) {
        return Event.of((Object) "").comment(text);
    }
}
