package dev.bastion.adapters.persistence.system.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.adapters.persistence.testing.PostgresTest;
import dev.bastion.domain.access.DataScope;
import dev.bastion.domain.access.MenuStatus;
import dev.bastion.domain.access.MenuType;
import dev.bastion.domain.access.RoleStatus;
import dev.bastion.domain.identity.UserStatus;
import dev.bastion.domain.organization.DepartmentStatus;
import dev.bastion.domain.system.dictionary.DictCode;
import dev.bastion.domain.system.dictionary.DictItem;
import dev.bastion.domain.system.dictionary.DictStatus;
import dev.bastion.domain.system.dictionary.DictionaryRepository;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import dev.bastion.domain.system.config.ConfigType;
import dev.bastion.domain.system.notice.NoticeLevel;
import dev.bastion.domain.system.notice.NoticeStatus;
import dev.bastion.domain.system.notice.NoticeType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The dictionaries V9 seeds say exactly what the API's enums say, so a front end rendering an enum
 * from its dictionary never meets a value the dictionary lacks. A dictionary whose enum has not
 * arrived yet (notices, config parameters) is checked against the values its resource will use;
 * add its enum here when it lands.
 */
@MicronautTest(startApplication = false, transactional = false)
class SeededDictionariesTest extends PostgresTest {

    @Inject
    DictionaryRepository dictionaries;

    private List<String> values(String code) {
        assertThat(dictionaries.findType(new DictCode(code))).as(code).get()
                .extracting(type -> type.details().status()).isEqualTo(DictStatus.ENABLED);
        return dictionaries.findItems(new DictCode(code)).stream().map(item -> item.details().value()).toList();
    }

    private static List<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }

    @Test
    void eachSeededDictionaryMatchesTheEnumItMirrorsInOrder() {
        Map<String, List<Class<? extends Enum<?>>>> mirrors = Map.of(
                "user_status", List.of(UserStatus.class),
                "status", List.of(RoleStatus.class, MenuStatus.class, DepartmentStatus.class, DictStatus.class),
                "menu_type", List.of(MenuType.class),
                "data_scope", List.of(DataScope.class),
                "notice_type", List.of(NoticeType.class),
                "notice_level", List.of(NoticeLevel.class),
                "notice_status", List.of(NoticeStatus.class),
                "config_type", List.of(ConfigType.class));

        mirrors.forEach((code, enums) -> enums.forEach(type ->
                assertThat(values(code)).as(code + " mirrors " + type.getSimpleName()).isEqualTo(names(type))));
    }

    @Test
    void yesNoHoldsTheJsonBooleans() {
        assertThat(values("yes_no")).containsExactly("true", "false");
    }

    @Test
    void everySeededItemIsEnabledLabelledAndAtMostOneDefaultPerDictionary() {
        for (String code : List.of("user_status", "status", "menu_type", "data_scope", "notice_type", "notice_level",
                "notice_status", "config_type", "yes_no")) {
            List<DictItem> items = dictionaries.findItems(new DictCode(code));
            assertThat(items).as(code).isNotEmpty().allSatisfy(item -> {
                assertThat(item.details().status()).isEqualTo(DictStatus.ENABLED);
                assertThat(item.details().label()).isNotBlank();
            });
            assertThat(items.stream().filter(item -> item.details().isDefault()).count()).as(code).isLessThanOrEqualTo(1);
        }
    }
}
