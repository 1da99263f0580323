package dev.bastion.application.identity.administration;

import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.UserQuery;
import dev.bastion.domain.identity.UserSort;
import dev.bastion.domain.organization.RecordScope;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import java.util.Objects;
import java.util.function.Function;

/**
 * Users as administrators read them (pages of the listing, one user by id), kept in this instance's
 * memory so that a read asked again reads no database. An outbound port of the application (like
 * {@code AccessCache} and {@code DictionaryCache}); the messaging adapter implements it. Writes never
 * read through it: an update reads the user it changes from the database.
 *
 * <p>Entries are dropped only by {@link #invalidateAll()}, which every instance runs on every event
 * that may change a read ({@link UserReadCacheInvalidation}). Events are relayed once their change
 * has committed and before the use case that made it answers, and a value loaded while a change was
 * heard is not served again: a read asked after a write was answered shows it (a listing its total
 * too) on every instance that acknowledged the change (the bus waits a bounded time for each; one
 * slow to answer hears it a moment later).
 */
public interface UserReadCache {

    /** What a page of the listing is a function of: who may see what, the filters, the page and the order. */
    record PageKey(RecordScope scope, UserQuery query, PageRequest page, UserSort sort) {

        public PageKey {
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(query, "query");
            Objects.requireNonNull(page, "page");
            Objects.requireNonNull(sort, "sort");
        }
    }

    /** What a read of one user is a function of: who may see what, and whom. */
    record UserKey(RecordScope scope, UserId id) {

        public UserKey {
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(id, "id");
        }
    }

    /**
     * The cached page of {@code key}, or what {@code load} returns (then cached). An
     * {@link #invalidateAll()} while {@code load} runs wins: the loaded page may answer this call but
     * is not served again.
     */
    Page<UserView> page(PageKey key, Function<PageKey, Page<UserView>> load);

    /**
     * The cached user of {@code key}, or what {@code load} returns (then cached; a user not found
     * throws from {@code load}, and nothing is cached). An {@link #invalidateAll()} while {@code load}
     * runs wins, as for pages.
     */
    UserView user(UserKey key, Function<UserKey, UserView> load);

    /** Forgets every cached page and user of this instance. */
    void invalidateAll();
}
