package dev.bastion.adapters.persistence.system.dictionary;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface DictItemRowRepository extends GenericRepository<DictItemRow, UUID> {

    Optional<DictItemRow> findById(UUID id);

    /** Walks the {@code (type_code, value)} key. */
    @Query("SELECT * FROM dict_items WHERE type_code = :typeCode ORDER BY sort, value, id")
    List<DictItemRow> findOfType(String typeCode);

    @Query("SELECT EXISTS (SELECT 1 FROM dict_items WHERE type_code = :typeCode)")
    boolean existsOfType(String typeCode);

    DictItemRow save(DictItemRow row);

    /** Optimistic: matches on id and version, throws {@code OptimisticLockException} otherwise. */
    DictItemRow update(DictItemRow row);

    /** The rows deleted: 0 when another transaction deleted it first. */
    @Query("DELETE FROM dict_items WHERE id = :id")
    int removeById(UUID id);
}
