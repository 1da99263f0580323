package dev.bastion.adapters.messaging.archfixture;

import dev.bastion.adapters.persistence.archfixture.UserJdbcStore;

/** WRONG ON PURPOSE: a cache using a @JdbcRepository that is not named *RowRepository. */
public final class CacheReadingStore {

    private UserJdbcStore store;
}
