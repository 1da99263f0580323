package dev.bastion.application.system.dictionary;

import dev.bastion.domain.system.dictionary.DictCode;
import java.util.function.Function;

/**
 * The dictionaries served to front ends, kept in this instance's memory so that a warm read
 * touches no database. An outbound port of the application (like {@code AccessCache}); the
 * messaging adapter implements it. Entries are dropped only by {@link #invalidateAll()}, which
 * every instance runs on every dictionary event ({@link DictionaryCacheInvalidation}): the
 * cache follows the changes, never a timer.
 */
public interface DictionaryCache {

    /**
     * The cached dictionary {@code code}, or what {@code load} returns (then cached; null, for an
     * unknown or disabled type, is not). An {@link #invalidateAll()} while {@code load} runs wins:
     * the loaded value may answer this call but is not served again.
     */
    PublishedDictionary get(DictCode code, Function<DictCode, PublishedDictionary> load);

    /** Forgets every cached dictionary of this instance. */
    void invalidateAll();
}
