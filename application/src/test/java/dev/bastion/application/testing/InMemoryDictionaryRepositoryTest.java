package dev.bastion.application.testing;

import dev.bastion.application.testing.contract.DictionaryRepositoryContract;
import dev.bastion.domain.system.dictionary.DictionaryRepository;

/** The fake against the contract PostgreSQL also passes. */
class InMemoryDictionaryRepositoryTest extends DictionaryRepositoryContract {

    @Override
    protected DictionaryRepository dictionaries() {
        return new InMemoryDictionaryRepository();
    }
}
