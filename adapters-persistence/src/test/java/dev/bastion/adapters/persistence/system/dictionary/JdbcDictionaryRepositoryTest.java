package dev.bastion.adapters.persistence.system.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.adapters.persistence.testing.PostgresTest;
import dev.bastion.application.shared.Transactions;
import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.system.dictionary.DictCode;
import dev.bastion.domain.system.dictionary.DictItem;
import dev.bastion.domain.system.dictionary.DictItemDetails;
import dev.bastion.domain.system.dictionary.DictItemId;
import dev.bastion.domain.system.dictionary.DictStatus;
import dev.bastion.domain.system.dictionary.DictType;
import dev.bastion.domain.system.dictionary.DictTypeDetails;
import dev.bastion.domain.system.dictionary.DictTypeId;
import dev.bastion.domain.system.dictionary.DictionaryRepository;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What only PostgreSQL shows: events stored with the change, nothing written when a rule refuses it. */
@MicronautTest(startApplication = false, transactional = false)
class JdbcDictionaryRepositoryTest extends PostgresTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);

    @Inject
    DictionaryRepository dictionaries;
    @Inject
    Transactions transactions;

    private List<String> outboxTypes() throws SQLException {
        try (Connection connection = database.connect();
             PreparedStatement statement = connection.prepareStatement("SELECT type FROM outbox ORDER BY seq");
             ResultSet rows = statement.executeQuery()) {
            List<String> types = new ArrayList<>();
            while (rows.next()) {
                types.add(rows.getString(1));
            }
            return types;
        }
    }

    @Test
    void eachChangeStoresItsEventAndARefusedOneStoresNothing() throws SQLException {
        DictCode code = new DictCode("outbox_check");
        int before = outboxTypes().size();
        DictType type = DictType.create(DictTypeId.newId(), code, new DictTypeDetails("T", DictStatus.ENABLED, null),
                NOW);
        DictItem item = DictItem.create(DictItemId.newId(), code,
                new DictItemDetails("L", "V", 0, DictStatus.ENABLED, null, false, null), NOW);
        transactions.inTransaction(() -> {
            dictionaries.addType(type);
            dictionaries.addItem(item);
            return null;
        });
        DictItem duplicate = DictItem.create(DictItemId.newId(), code,
                new DictItemDetails("L2", "W", 1, DictStatus.ENABLED, null, false, null), NOW);
        DictItem clash = DictItem.create(DictItemId.newId(), code,
                new DictItemDetails("L3", "V", 2, DictStatus.ENABLED, null, false, null), NOW);

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            dictionaries.addItem(duplicate);
            dictionaries.addItem(clash);
            return null;
        })).isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).contains("value"));

        assertThat(outboxTypes().subList(before, outboxTypes().size()))
                .containsExactly("DictTypeCreated", "DictItemCreated");
        assertThat(dictionaries.findItems(code)).extracting(DictItem::id).as("all or nothing").containsExactly(item.id());
    }

    @Test
    void aTypeDeletedWhileAnItemIsAddedLeavesNoOrphan() {
        DictCode code = new DictCode("raced_type");
        DictType type = DictType.create(DictTypeId.newId(), code, new DictTypeDetails("T", DictStatus.ENABLED, null),
                NOW);
        dictionaries.addType(type);
        DictItem item = DictItem.create(DictItemId.newId(), code,
                new DictItemDetails("L", "V", 0, DictStatus.ENABLED, null, false, null), NOW);
        dictionaries.addItem(item);
        DictType stale = dictionaries.findType(type.id()).orElseThrow();
        stale.delete();

        // what a delete that read the items before this one was added would try
        assertThatThrownBy(() -> dictionaries.removeType(stale)).isInstanceOf(ConflictException.class);
        assertThat(dictionaries.findType(code)).isPresent();
    }
}
