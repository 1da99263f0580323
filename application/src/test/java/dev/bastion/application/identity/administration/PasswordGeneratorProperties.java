package dev.bastion.application.identity.administration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class PasswordGeneratorProperties {

    @Property
    void whatever_the_random_source_a_password_is_20_characters_of_the_alphabet(@ForAll long seed) {
        String password = new PasswordGenerator(new Random(seed)).generate();

        assertThat(password).matches("[" + PasswordGenerator.ALPHABET + "]{20}");
    }

    @Property
    void the_same_seed_always_gives_the_same_password(@ForAll long seed) {
        assertThat(new PasswordGenerator(new Random(seed)).generate())
                .isEqualTo(new PasswordGenerator(new Random(seed)).generate());
    }
}
