package dev.bastion.application.identity.administration;

import dev.bastion.domain.identity.UserQuery;
import dev.bastion.domain.identity.UserSort;
import dev.bastion.domain.organization.RecordScope;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import java.util.Objects;
import java.util.function.Function;

/**
 * Pages of the user listing, kept in this instance's memory so that a listing asked again reads no
 * database. An outbound port of the application (like {@code AccessCache} and {@code DictionaryCache});
 * the messaging adapter implements it.
 *
 * <p>Entries are dropped only by {@link #invalidateAll()}, which every instance runs on every event
 * that may change a listed page ({@link UserPageCacheInvalidation}). Events are relayed once their
 * change has committed and before the use case that made it answers, and a page loaded while a change
 * was heard is not served again: a listing asked after a write was answered shows it, its total
 * included, on every instance that acknowledged the change (the bus waits a bounded time for each;
 * one slow to answer hears it a moment later).
 */
public interface UserPageCache {

    /** What a page of the listing is a function of: who may see what, the filters, the page and the order. */
    record Key(RecordScope scope, UserQuery query, PageRequest page, UserSort sort) {

        public Key {
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(query, "query");
            Objects.requireNonNull(page, "page");
            Objects.requireNonNull(sort, "sort");
        }
    }

    /**
     * The cached page of {@code key}, or what {@code load} returns (then cached). An
     * {@link #invalidateAll()} while {@code load} runs wins: the loaded page may answer this call but
     * is not served again.
     */
    Page<UserView> get(Key key, Function<Key, Page<UserView>> load);

    /** Forgets every cached page of this instance. */
    void invalidateAll();
}
