package dev.bastion.bootstrap.system;

import dev.bastion.application.shared.Transactions;
import dev.bastion.application.system.dictionary.DictionariesService;
import dev.bastion.application.system.dictionary.DictionaryCache;
import dev.bastion.application.system.dictionary.DictionaryCacheInvalidation;
import dev.bastion.application.system.dictionary.PublishedDictionariesService;
import dev.bastion.domain.shared.Clock;
import dev.bastion.domain.system.dictionary.DictionaryRepository;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** Constructs the dictionary use cases; the core itself carries no annotations. */
@Factory
final class DictionaryWiring {

    @Singleton
    DictionariesService dictionaries(DictionaryRepository dictionaries, Transactions transactions, Clock clock) {
        return new DictionariesService(dictionaries, transactions, clock);
    }

    @Singleton
    PublishedDictionariesService publishedDictionaries(DictionaryRepository dictionaries, DictionaryCache cache) {
        return new PublishedDictionariesService(dictionaries, cache);
    }

    /** Keeps the dictionary cache true: it hears every committed event on this instance. */
    @Singleton
    DictionaryCacheInvalidation dictionaryCacheInvalidation(DictionaryCache cache) {
        return new DictionaryCacheInvalidation(cache);
    }
}
