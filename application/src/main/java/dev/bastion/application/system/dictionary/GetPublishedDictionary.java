package dev.bastion.application.system.dictionary;

import dev.bastion.domain.system.dictionary.DictCode;

/**
 * The enabled items of the enabled type {@code code}, by sort then value, for any signed-in user;
 * {@code NOT_FOUND} for an unknown or disabled type. Served from this instance's cache once warm.
 */
public interface GetPublishedDictionary {

    PublishedDictionary published(DictCode code);
}
