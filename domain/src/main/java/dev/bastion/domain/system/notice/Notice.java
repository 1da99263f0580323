package dev.bastion.domain.system.notice;

import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.shared.AggregateRoot;
import dev.bastion.domain.shared.ConflictException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A message to an audience, with a life that only goes forward: a DRAFT may be edited, deleted
 * or published; a PUBLISHED notice may only be revoked; a REVOKED one is final. Any other move is
 * refused ({@code CONFLICT}) naming the state it is in and the state it would need.
 */
public final class Notice extends AggregateRoot {

    private final NoticeId id;
    private NoticeDetails details;
    private NoticeStatus status;
    private final UserId createdBy;
    private Instant publishedAt;
    private final long version;
    private final Instant createdAt;
    private Instant updatedAt;
    private Instant deletedAt;

    private Notice(NoticeSnapshot s) {
        this.id = Objects.requireNonNull(s.id(), "id");
        this.details = Objects.requireNonNull(s.details(), "details");
        this.status = Objects.requireNonNull(s.status(), "status");
        this.createdBy = Objects.requireNonNull(s.createdBy(), "createdBy");
        this.publishedAt = s.publishedAt();
        this.version = s.version();
        this.createdAt = Objects.requireNonNull(s.createdAt(), "createdAt");
        this.updatedAt = Objects.requireNonNull(s.updatedAt(), "updatedAt");
        this.deletedAt = s.deletedAt();
        if ((status == NoticeStatus.DRAFT) != (publishedAt == null)) {
            throw new IllegalArgumentException("a notice has a publishedAt exactly when it left DRAFT");
        }
    }

    /** A new draft written by {@code author}. */
    public static Notice draft(NoticeId id, NoticeDetails details, UserId author, Instant now) {
        Notice notice = new Notice(new NoticeSnapshot(id, details, NoticeStatus.DRAFT, author, null, 0, now, now,
                null));
        notice.record(new NoticeCreated(id));
        return notice;
    }

    public static Notice reconstitute(NoticeSnapshot snapshot) {
        return new Notice(snapshot);
    }

    public NoticeSnapshot snapshot() {
        return new NoticeSnapshot(id, details, status, createdBy, publishedAt, version, createdAt, updatedAt,
                deletedAt);
    }

    /** Replaces what the draft says and to whom. */
    public void revise(NoticeDetails newDetails, Instant now) {
        requireDraft("edit");
        Objects.requireNonNull(newDetails, "newDetails");
        if (!newDetails.equals(details)) {
            details = newDetails;
            touch(now);
            record(new NoticeChanged(id));
        }
    }

    /** Deletes the draft (soft: it is gone for every reader). */
    public void delete(Instant now) {
        requireDraft("delete");
        deletedAt = Objects.requireNonNull(now, "now");
        touch(now);
        record(new NoticeDeleted(id));
    }

    /**
     * Shows the draft to its audience, from {@code publishAt} on (at once without one). Refused
     * when it has already expired: nobody would ever see it.
     */
    public void publish(Instant now) {
        Objects.requireNonNull(now, "now");
        requireMove(NoticeStatus.DRAFT, NoticeStatus.PUBLISHED, "published");
        if (details.expiresAt() != null && !details.expiresAt().isAfter(now)) {
            throw new ConflictException("expiresAt", "the notice expired at " + details.expiresAt()
                    + ": nobody would see it; edit expiresAt before publishing it");
        }
        status = NoticeStatus.PUBLISHED;
        publishedAt = now;
        touch(now);
        record(new NoticePublished(id));
    }

    /** Withdraws the published notice from everyone. */
    public void revoke(Instant now) {
        requireMove(NoticeStatus.PUBLISHED, NoticeStatus.REVOKED, "revoked");
        status = NoticeStatus.REVOKED;
        touch(now);
        record(new NoticeRevoked(id));
    }

    /** Whether its audience sees it at {@code now}: published, its publishAt reached, not expired. */
    public boolean isVisibleAt(Instant now) {
        return status == NoticeStatus.PUBLISHED
                && (details.publishAt() == null || !details.publishAt().isAfter(now))
                && (details.expiresAt() == null || details.expiresAt().isAfter(now));
    }

    /** When its audience first sees it: its publishAt, else when it was published (empty for a draft). */
    public Optional<Instant> visibleFrom() {
        if (publishedAt == null) {
            return Optional.empty();
        }
        return Optional.of(details.publishAt() != null ? details.publishAt() : publishedAt);
    }

    private void requireDraft(String action) {
        if (status != NoticeStatus.DRAFT) {
            throw ConflictException.ofState("cannot " + action + " a " + status + " notice: only a "
                    + NoticeStatus.DRAFT + " notice can be " + (action.equals("edit") ? "edited" : "deleted"));
        }
    }

    private void requireMove(NoticeStatus from, NoticeStatus to, String done) {
        if (status != from) {
            throw ConflictException.ofState("illegal transition from " + status + " to " + to
                    + ": only a " + from + " notice can be " + done);
        }
    }

    private void touch(Instant now) {
        Objects.requireNonNull(now, "now");
        updatedAt = now.isBefore(updatedAt) ? updatedAt : now;
    }

    public NoticeId id() {
        return id;
    }

    public NoticeDetails details() {
        return details;
    }

    public NoticeStatus status() {
        return status;
    }

    public UserId createdBy() {
        return createdBy;
    }

    public Optional<Instant> publishedAt() {
        return Optional.ofNullable(publishedAt);
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Notice that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Notice[" + id + ", " + status + "]";
    }
}
