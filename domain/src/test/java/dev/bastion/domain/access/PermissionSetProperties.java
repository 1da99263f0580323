package dev.bastion.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

class PermissionSetProperties {

    @Property
    void a_set_allows_a_code_exactly_when_one_of_its_codes_grants_it(@ForAll("crowdedLists") List<PermissionCode> codes,
                                                                     @ForAll("crowdedPlain") PermissionCode required) {
        boolean anyGrants = false;
        for (PermissionCode code : codes) {
            anyGrants |= code.grants(required);
        }
        Statistics.label("allowed").collect(anyGrants);
        Statistics.label("allowed").coverage(c -> {
            c.check(true).percentage(p -> p > 10);
            c.check(false).percentage(p -> p > 10);
        });

        assertThat(PermissionSet.of(codes).allows(required)).isEqualTo(anyGrants);
    }

    @Property
    void a_set_allows_every_code_it_holds(@ForAll("codeLists") List<PermissionCode> codes) {
        PermissionSet set = PermissionSet.of(codes);

        assertThat(codes).allSatisfy(code -> assertThat(set.allows(code)).isTrue());
    }

    @Property
    void holding_the_lone_wildcard_allows_everything(@ForAll("codeLists") List<PermissionCode> codes,
                                                     @ForAll("any") PermissionCode required) {
        List<PermissionCode> withAll = new ArrayList<>(codes);
        withAll.add(PermissionCode.ALL);

        assertThat(PermissionSet.of(withAll).allows(required)).isTrue();
    }

    @Property
    void adding_a_code_never_takes_an_allowance_away(@ForAll("crowdedLists") List<PermissionCode> codes,
                                                     @ForAll("any") PermissionCode added,
                                                     @ForAll("crowdedPlain") PermissionCode required) {
        List<PermissionCode> more = new ArrayList<>(codes);
        more.add(added);

        if (PermissionSet.of(codes).allows(required)) {
            assertThat(PermissionSet.of(more).allows(required)).isTrue();
        }
    }

    @Property
    void values_are_the_distinct_codes_sorted(@ForAll("codeLists") List<PermissionCode> codes) {
        List<String> expected = codes.stream().map(PermissionCode::value).distinct().sorted().toList();

        assertThat(PermissionSet.of(codes).values()).isEqualTo(expected);
    }

    @Property
    void the_order_codes_are_given_in_does_not_matter(@ForAll("codeLists") List<PermissionCode> codes) {
        List<PermissionCode> reversed = new ArrayList<>(codes);
        Collections.reverse(reversed);

        assertThat(PermissionSet.of(reversed)).isEqualTo(PermissionSet.of(codes));
    }

    @Provide
    Arbitrary<List<PermissionCode>> codeLists() {
        return PermissionCodeProperties.anyCodes().list().ofMaxSize(15);
    }

    @Provide
    Arbitrary<List<PermissionCode>> crowdedLists() {
        return PermissionCodeProperties.crowdedCodes().list().ofMaxSize(4);
    }

    @Provide
    Arbitrary<PermissionCode> crowdedPlain() {
        return PermissionCodeProperties.crowdedPlainCodes();
    }

    @Provide
    Arbitrary<PermissionCode> plain() {
        return PermissionCodeProperties.plainCodes();
    }

    @Provide
    Arbitrary<PermissionCode> any() {
        return PermissionCodeProperties.anyCodes();
    }
}
