package dev.bastion.application.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.PageRequest;
import dev.bastion.domain.shared.VersionConflictException;
import dev.bastion.domain.system.config.ConfigConstraints;
import dev.bastion.domain.system.config.ConfigDefinition;
import dev.bastion.domain.system.config.ConfigKey;
import dev.bastion.domain.system.config.ConfigParam;
import dev.bastion.domain.system.config.ConfigParamId;
import dev.bastion.domain.system.config.ConfigParamQuery;
import dev.bastion.domain.system.config.ConfigParamRepository;
import dev.bastion.domain.system.config.ConfigType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ConfigParamRepository} promises, in memory as in PostgreSQL. Each test's keys
 * start with a tag of its own, so tests sharing one database never meet.
 */
public abstract class ConfigParamRepositoryContract {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z").truncatedTo(ChronoUnit.MICROS);

    private ConfigParamRepository params;
    private String tag;

    protected abstract ConfigParamRepository repository();

    @BeforeEach
    void open() {
        params = repository();
        tag = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 9);
    }

    private ConfigDefinition definition(String key, ConfigType type, ConfigConstraints constraints) {
        return new ConfigDefinition(new ConfigKey(tag + "." + key), "Name " + key, type, constraints, "about " + key);
    }

    private ConfigParam added(String key, ConfigType type, String value) {
        ConfigParam param = ConfigParam.create(ConfigParamId.newId(), definition(key, type, ConfigConstraints.NONE),
                value, NOW);
        params.add(param);
        return param;
    }

    @Test
    void anAddedParameterIsReadBackByIdAndByKeyWithEveryField() {
        ConfigParam param = ConfigParam.create(ConfigParamId.newId(), new ConfigDefinition(
                new ConfigKey(tag + ".mode"), "Mode", ConfigType.STRING,
                new ConfigConstraints(null, null, "[a-z]+", List.of("fast", "slow")), "how fast"), "slow", NOW);
        params.add(param);

        assertThat(params.findById(param.id()).orElseThrow().snapshot()).isEqualTo(param.snapshot());
        assertThat(params.findByKey(param.key()).orElseThrow().snapshot()).isEqualTo(param.snapshot());
        assertThat(param.pullEvents()).as("the repository took the events").isEmpty();
    }

    @Test
    void rangesAndAMissingDescriptionSurviveTheRoundTrip() {
        ConfigParam param = ConfigParam.create(ConfigParamId.newId(), new ConfigDefinition(
                new ConfigKey(tag + ".ttl"), "TTL", ConfigType.DURATION, ConfigConstraints.range("1s", "PT2H"), null),
                "15m", NOW);
        params.add(param);

        assertThat(params.findById(param.id()).orElseThrow().snapshot()).isEqualTo(param.snapshot());
    }

    @Test
    void aSecondParameterWithTheSameKeyIsAConflictOnKey() {
        added("dup", ConfigType.INTEGER, "1");

        assertThatThrownBy(() -> added("dup", ConfigType.BOOLEAN, "true"))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).contains("key"));
    }

    @Test
    void anUpdateRaisesTheVersionAndAStaleOneIsRefused() {
        ConfigParam param = added("count", ConfigType.INTEGER, "1");
        ConfigParam read = params.findById(param.id()).orElseThrow();
        ConfigParam stale = params.findById(param.id()).orElseThrow();
        read.revise(read.definition(), "2", true, NOW.plusSeconds(1));

        ConfigParam stored = params.update(read);

        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.value()).isEqualTo("2");
        assertThat(read.pullEvents()).isEmpty();
        stale.revise(stale.definition(), "3", true, NOW.plusSeconds(2));
        assertThatThrownBy(() -> params.update(stale)).isInstanceOf(VersionConflictException.class);
    }

    @Test
    void aRemovedParameterIsGoneAndItsKeyFree() {
        ConfigParam param = added("gone", ConfigType.BOOLEAN, "true");
        ConfigParam read = params.findById(param.id()).orElseThrow();
        read.delete(NOW);

        params.remove(read);

        assertThat(params.findById(param.id())).isEmpty();
        assertThat(params.findByKey(param.key())).isEmpty();
        added("gone", ConfigType.INTEGER, "1");
    }

    @Test
    void builtInsAreFoundByKeyAndOthersAreNot() {
        ConfigParam builtIn = ConfigParam.seedBuiltIn(ConfigParamId.newId(),
                definition("built", ConfigType.INTEGER, ConfigConstraints.range("0", "9")), "BASTION_X", "3", NOW);
        params.add(builtIn);
        added("custom", ConfigType.INTEGER, "1");

        assertThat(params.findBuiltIns()).extracting(p -> p.key().value()).contains(tag + ".built")
                .doesNotContain(tag + ".custom");
        ConfigParam read = params.findBuiltIns().stream().filter(p -> p.id().equals(builtIn.id())).findFirst()
                .orElseThrow();
        assertThat(read.builtIn()).isTrue();
        assertThat(read.overridden()).isFalse();
    }

    @Test
    void theListingFiltersByKeyPrefixTypeAndBuiltInInKeyOrder() {
        added("b.two", ConfigType.INTEGER, "2");
        added("a.one", ConfigType.STRING, "x");
        added("c.three", ConfigType.INTEGER, "3");
        params.add(ConfigParam.seedBuiltIn(ConfigParamId.newId(), definition("d.four", ConfigType.INTEGER,
                ConfigConstraints.NONE), "BASTION_Y", "4", NOW));

        assertThat(keys(new ConfigParamQuery(tag + ".", null, null))).containsExactly("a.one", "b.two", "c.three",
                "d.four");
        assertThat(keys(new ConfigParamQuery(tag + ".", ConfigType.INTEGER, null)))
                .containsExactly("b.two", "c.three", "d.four");
        assertThat(keys(new ConfigParamQuery(tag + ".", null, true))).containsExactly("d.four");
        assertThat(keys(new ConfigParamQuery(tag + ".b", null, false))).containsExactly("b.two");
        assertThat(params.find(new ConfigParamQuery(tag + ".", null, null), new PageRequest(2, 3)).total()).isEqualTo(4);
    }

    @Test
    void aKeyPrefixIsMatchedLiterally() {
        added("under", ConfigType.INTEGER, "1");

        assertThat(keys(new ConfigParamQuery(tag + "_", null, null))).isEmpty();
        assertThat(keys(new ConfigParamQuery(tag + "%", null, null))).isEmpty();
    }

    private List<String> keys(ConfigParamQuery query) {
        return params.find(query, PageRequest.first(PageRequest.MAX_SIZE)).items().stream()
                .map(p -> p.key().value().substring(tag.length() + 1)).toList();
    }
}
