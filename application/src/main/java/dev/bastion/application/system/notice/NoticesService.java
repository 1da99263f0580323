package dev.bastion.application.system.notice;

import dev.bastion.application.access.GetUserAccess;
import dev.bastion.application.shared.Transactions;
import dev.bastion.domain.access.UserAccess;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.shared.Clock;
import dev.bastion.domain.shared.NotFoundException;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import dev.bastion.domain.shared.VersionConflictException;
import dev.bastion.domain.system.notice.HtmlSanitizer;
import dev.bastion.domain.system.notice.Notice;
import dev.bastion.domain.system.notice.NoticeContent;
import dev.bastion.domain.system.notice.NoticeDetails;
import dev.bastion.domain.system.notice.NoticeId;
import dev.bastion.domain.system.notice.NoticeQuery;
import dev.bastion.domain.system.notice.NoticeRepository;
import java.util.function.Consumer;

/**
 * Writing and publishing notices. The life of a notice is the aggregate's; this service adds
 * what needs the stores: content sanitised before anything else sees it, references that exist,
 * and the {@link NoticeReach} rule on every change (before and after for an edit).
 */
public final class NoticesService
        implements ListNotices, GetNotice, CreateNotice, UpdateNotice, DeleteNotice, PublishNotice, RevokeNotice {

    private final NoticeRepository notices;
    private final HtmlSanitizer sanitizer;
    private final NoticeReach reach;
    private final GetUserAccess userAccess;
    private final Transactions transactions;
    private final Clock clock;

    public NoticesService(NoticeRepository notices, HtmlSanitizer sanitizer, NoticeReach reach,
                          GetUserAccess userAccess, Transactions transactions, Clock clock) {
        this.notices = notices;
        this.sanitizer = sanitizer;
        this.reach = reach;
        this.userAccess = userAccess;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Page<NoticeView> list(UserId actor, NoticeQuery query, PageRequest page) {
        return notices.find(query, page).map(NoticeView::of);
    }

    @Override
    public NoticeView get(UserId actor, NoticeId id) {
        return NoticeView.of(find(id));
    }

    @Override
    public NoticeView create(UserId actor, CreateNotice.Command command) {
        NoticeDetails details = new NoticeDetails(command.title(), NoticeContent.sanitized(command.content(), sanitizer),
                command.type(), command.level(), command.audience(), command.publishAt(), command.expiresAt());
        UserAccess acting = userAccess.of(actor);
        Notice created = transactions.inTransaction(() -> {
            reach.requireGivable(acting, details.audience());
            Notice notice = Notice.draft(NoticeId.newId(), details, actor, clock.now());
            notices.add(notice);
            return notice;
        });
        return NoticeView.of(created);
    }

    @Override
    public NoticeView update(UserId actor, UpdateNotice.Command command) {
        NoticeContent content = command.content().isGiven()
                ? NoticeContent.sanitized(command.content().applyTo(null), sanitizer) : null;
        UserAccess acting = userAccess.of(actor);
        Notice updated = transactions.inTransaction(() -> {
            Notice notice = find(command.id());
            if (notice.version() != command.version()) {
                throw new VersionConflictException("notice " + command.id());
            }
            reach.requireAddressable(acting, notice.details().audience());
            NoticeDetails d = notice.details();
            NoticeDetails after = new NoticeDetails(command.title().applyTo(d.title()),
                    content == null ? d.content() : content, command.type().applyTo(d.type()),
                    command.level().applyTo(d.level()), command.audience().applyTo(d.audience()),
                    command.publishAt().applyTo(d.publishAt()), command.expiresAt().applyTo(d.expiresAt()));
            if (command.audience().isGiven()) {
                reach.requireGivable(acting, after.audience());
            }
            notice.revise(after, clock.now());
            return notices.update(notice);
        });
        return NoticeView.of(updated);
    }

    @Override
    public void delete(UserId actor, NoticeId id) {
        act(actor, id, notice -> notice.delete(clock.now()));
    }

    @Override
    public NoticeView publish(UserId actor, NoticeId id) {
        return NoticeView.of(act(actor, id, notice -> notice.publish(clock.now())));
    }

    @Override
    public NoticeView revoke(UserId actor, NoticeId id) {
        return NoticeView.of(act(actor, id, notice -> notice.revoke(clock.now())));
    }

    /** One state change of a notice whose audience is within the actor's reach. */
    private Notice act(UserId actor, NoticeId id, Consumer<Notice> change) {
        UserAccess acting = userAccess.of(actor);
        return transactions.inTransaction(() -> {
            Notice notice = find(id);
            reach.requireAddressable(acting, notice.details().audience());
            change.accept(notice);
            return notices.update(notice);
        });
    }

    private Notice find(NoticeId id) {
        return notices.findById(id).orElseThrow(() -> new NotFoundException("notice " + id));
    }
}
