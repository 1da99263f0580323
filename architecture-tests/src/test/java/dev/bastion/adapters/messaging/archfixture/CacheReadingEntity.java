package dev.bastion.adapters.messaging.archfixture;

import dev.bastion.adapters.persistence.archfixture.UnconventionalEntity;

/** WRONG ON PURPOSE: a cache holding a @MappedEntity that is not named *Row. */
public final class CacheReadingEntity {

    private UnconventionalEntity cached;
}
