package dev.bastion.tools.codegen.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class MenuIdsTest {

    @Test
    void ids_are_uuid_v7_shaped_numbered_in_their_last_bits_and_the_same_each_time() {
        UUID root = new MenuIds("assets").entry(1);

        assertThat(root.version()).isEqualTo(7);
        assertThat(root.variant()).isEqualTo(2);
        assertThat(root.getLeastSignificantBits() & 0xFFFF).isEqualTo(1);
        assertThat(new MenuIds("assets").entry(0x21)).isEqualTo(new MenuIds("assets").entry(0x21))
                .isNotEqualTo(new MenuIds("assets").entry(0x22));
    }

    @Test
    void two_modules_get_different_ranges() {
        assertThat(new MenuIds("assets").entry(1)).isNotEqualTo(new MenuIds("catalog").entry(1));
        assertThat(new MenuIds("assets").entry(1).getMostSignificantBits())
                .isNotEqualTo(new MenuIds("catalog").entry(1).getMostSignificantBits());
    }
}
