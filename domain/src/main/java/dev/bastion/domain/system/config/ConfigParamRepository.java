package dev.bastion.domain.system.config;

import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;

/** The configuration parameters that exist. Storing one also stores the events it recorded. */
public interface ConfigParamRepository {

    Optional<ConfigParam> findById(ConfigParamId id);

    Optional<ConfigParam> findByKey(ConfigKey key);

    /** Every built-in parameter, by key. */
    List<ConfigParam> findBuiltIns();

    /** A page of the listing, by key. */
    Page<ConfigParam> find(ConfigParamQuery query, PageRequest page);

    /** Stores a new parameter; a key in use is a {@code ConflictException} on {@code key}. */
    void add(ConfigParam param);

    /** Stores a parameter read earlier; a stale version is a {@code VersionConflictException}. */
    ConfigParam update(ConfigParam param);

    /** Removes a parameter that recorded its deletion (and stores that event). */
    void remove(ConfigParam param);
}
