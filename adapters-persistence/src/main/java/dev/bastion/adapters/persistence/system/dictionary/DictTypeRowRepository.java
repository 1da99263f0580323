package dev.bastion.adapters.persistence.system.dictionary;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface DictTypeRowRepository extends GenericRepository<DictTypeRow, UUID> {

    Optional<DictTypeRow> findById(UUID id);

    Optional<DictTypeRow> findByCode(String code);

    /** Locks the row: an item insert (its foreign-key check) waits until this transaction ends. */
    @Query("SELECT * FROM dict_types WHERE code = :code FOR UPDATE")
    Optional<DictTypeRow> findByCodeForUpdate(String code);

    DictTypeRow save(DictTypeRow row);

    /** Optimistic: matches on id and version, throws {@code OptimisticLockException} otherwise. */
    DictTypeRow update(DictTypeRow row);

    /** The rows deleted: 0 when another transaction deleted it first. */
    @Query("DELETE FROM dict_types WHERE id = :id")
    int removeById(UUID id);
}
