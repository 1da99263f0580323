package dev.bastion.application.system.dictionary;

import dev.bastion.application.shared.events.DomainEventListener;
import dev.bastion.domain.shared.DomainEvent;
import dev.bastion.domain.system.dictionary.DictItemChanged;
import dev.bastion.domain.system.dictionary.DictItemCreated;
import dev.bastion.domain.system.dictionary.DictItemDeleted;
import dev.bastion.domain.system.dictionary.DictTypeChanged;
import dev.bastion.domain.system.dictionary.DictTypeCreated;
import dev.bastion.domain.system.dictionary.DictTypeDeleted;
import java.util.Objects;
import java.util.Set;

/**
 * Keeps this instance's {@link DictionaryCache} true: any dictionary event drops all of it.
 * Dictionaries are few and small and change rarely, so dropping everything is simpler than
 * working out which code an item event touched (the event names only the item).
 */
public final class DictionaryCacheInvalidation implements DomainEventListener {

    /** The events after which a served dictionary may be wrong: every dictionary event. */
    public static final Set<Class<? extends DomainEvent>> DICTIONARY_EVENTS = Set.of(
            DictTypeCreated.class, DictTypeChanged.class, DictTypeDeleted.class,
            DictItemCreated.class, DictItemChanged.class, DictItemDeleted.class);

    private final DictionaryCache cache;

    public DictionaryCacheInvalidation(DictionaryCache cache) {
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    @Override
    public void on(DomainEvent event) {
        if (DICTIONARY_EVENTS.contains(event.getClass())) {
            cache.invalidateAll();
        }
    }
}
