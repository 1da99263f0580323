package dev.bastion.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "jane@example.com",
            "Jane.Doe@Example.COM",
            "jane+tag@mail.example.co.uk",
            "o'brien@example.ie",
            "x@a-b.io",
            "1@2.3"})
    void an_address_as_people_type_it_is_accepted(String value) {
        assertThat(new Email(value).value()).isEqualTo(value);
    }

    @Test
    void the_address_is_kept_as_typed() {
        assertThat(new Email("Jane@Example.com").toString()).isEqualTo("Jane@Example.com");
    }

    @Test
    void null_is_refused() {
        assertRefused(null);
    }

    @Test
    void empty_is_refused() {
        assertRefused("");
    }

    @Test
    void an_address_without_an_at_sign_is_refused() {
        assertRefused("jane.example.com");
    }

    @Test
    void an_address_with_two_at_signs_is_refused() {
        assertRefused("jane@doe@example.com");
    }

    @Test
    void a_domain_without_a_dot_is_refused() {
        assertRefused("jane@localhost");
    }

    @Test
    void an_empty_local_part_is_refused() {
        assertRefused("@example.com");
    }

    @Test
    void a_space_is_refused() {
        assertRefused("jane doe@example.com");
    }

    @Test
    void a_local_part_starting_with_a_dot_is_refused() {
        assertRefused(".jane@example.com");
    }

    @Test
    void a_local_part_ending_with_a_dot_is_refused() {
        assertRefused("jane.@example.com");
    }

    @Test
    void two_dots_in_a_row_are_refused() {
        assertRefused("jane..doe@example.com");
    }

    @Test
    void a_domain_label_starting_with_a_dash_is_refused() {
        assertRefused("jane@-example.com");
    }

    @Test
    void a_domain_label_ending_with_a_dash_is_refused() {
        assertRefused("jane@example-.com");
    }

    @Test
    void a_local_part_of_65_characters_is_refused() {
        assertRefused("a".repeat(65) + "@example.com");
    }

    @Test
    void a_domain_label_of_64_characters_is_refused() {
        assertRefused("jane@" + "a".repeat(64) + ".com");
    }

    @Test
    void an_address_of_254_characters_is_accepted() {
        String value = "a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(61);

        assertThat(value).hasSize(254);
        assertThat(new Email(value).value()).isEqualTo(value);
    }

    @Test
    void an_address_of_255_characters_is_refused() {
        String value = "a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(62);

        assertThat(value).hasSize(255);
        assertRefused(value);
    }

    private static void assertRefused(String value) {
        assertThatThrownBy(() -> new Email(value))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("email"));
    }
}
