package dev.bastion.modules.sample.adapters.rest;

import dev.bastion.adapters.rest.security.RequiresPermission;
import dev.bastion.application.shared.Transactions;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.ArrayList;
import java.util.List;

/** The sample module's one endpoint: the names in its own table, seeded by its own migration. */
@Controller("/api/v1/sample/items")
@ExecuteOn(TaskExecutors.BLOCKING)
class SampleItemsController {

    private final JdbcOperations jdbc;
    private final Transactions transactions;

    SampleItemsController(JdbcOperations jdbc, Transactions transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Get
    @RequiresPermission("sample:item:list")
    List<String> names() {
        return transactions.inTransaction(() -> jdbc.prepareStatement("SELECT name FROM sample_items ORDER BY name",
                statement -> {
                    List<String> names = new ArrayList<>();
                    try (var rows = statement.executeQuery()) {
                        while (rows.next()) {
                            names.add(rows.getString(1));
                        }
                    }
                    return names;
                }));
    }
}
