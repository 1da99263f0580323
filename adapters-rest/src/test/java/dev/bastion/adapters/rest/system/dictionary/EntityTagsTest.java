package dev.bastion.adapters.rest.system.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityTagsTest {

    private static final String CURRENT = "\"0123abcd\"";

    @Test
    void the_current_tag_in_any_form_or_position_or_a_star_fails_the_condition() {
        assertThat(EntityTags.noneMatchFails(List.of(CURRENT), CURRENT)).isTrue();
        assertThat(EntityTags.noneMatchFails(List.of("W/" + CURRENT), CURRENT)).isTrue();
        assertThat(EntityTags.noneMatchFails(List.of("\"old\", " + CURRENT), CURRENT)).isTrue();
        assertThat(EntityTags.noneMatchFails(List.of("\"old\"", " W/" + CURRENT + " "), CURRENT)).isTrue();
        assertThat(EntityTags.noneMatchFails(List.of("*"), CURRENT)).isTrue();
    }

    @Test
    void other_tags_unquoted_ones_or_none_let_it_pass() {
        assertThat(EntityTags.noneMatchFails(List.of(), CURRENT)).isFalse();
        assertThat(EntityTags.noneMatchFails(List.of("\"old\", W/\"older\""), CURRENT)).isFalse();
        assertThat(EntityTags.noneMatchFails(List.of("0123abcd"), CURRENT)).as("a tag is quoted").isFalse();
        assertThat(EntityTags.noneMatchFails(List.of(""), CURRENT)).isFalse();
    }
}
