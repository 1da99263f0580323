package dev.bastion.adapters.persistence.system.config;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ConfigParamRowRepository extends GenericRepository<ConfigParamRow, UUID> {

    Optional<ConfigParamRow> findById(UUID id);

    Optional<ConfigParamRow> findByKey(String key);

    @Query("SELECT * FROM config_params WHERE built_in ORDER BY key")
    List<ConfigParamRow> findBuiltIns();

    ConfigParamRow save(ConfigParamRow row);

    ConfigParamRow update(ConfigParamRow row);

    @Query("DELETE FROM config_params WHERE id = :id")
    int deleteRow(UUID id);
}
