package dev.bastion.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

class ClientInfoProperties {

    @Property
    void the_address_is_never_blank(@ForAll("anything") String ip, @ForAll("anything") String agent) {
        assertThat(new ClientInfo(ip, agent).ip()).isNotBlank();
    }

    @Property
    void the_address_is_at_most_64_characters(@ForAll("anything") String ip) {
        assertThat(new ClientInfo(ip, null).ip()).hasSizeLessThanOrEqualTo(ClientInfo.MAX_IP);
    }

    @Property
    void the_agent_is_at_most_512_characters(@ForAll("anything") String agent) {
        assertThat(new ClientInfo(null, agent).userAgent()).hasSizeLessThanOrEqualTo(ClientInfo.MAX_USER_AGENT);
    }

    @Property
    void neither_value_holds_a_control_character(@ForAll("anything") String ip, @ForAll("anything") String agent) {
        ClientInfo client = new ClientInfo(ip, agent);

        assertThat(client.ip().chars()).noneMatch(Character::isISOControl);
        assertThat(client.userAgent().chars()).noneMatch(Character::isISOControl);
    }

    @Property
    void a_printable_short_value_is_kept_as_it_is(@ForAll("printableIps") String ip, @ForAll("printableAgents") String agent) {
        ClientInfo client = new ClientInfo(ip, agent);

        assertThat(client.ip()).isEqualTo(ip);
        assertThat(client.userAgent()).isEqualTo(agent);
    }

    @Property
    void sanitizing_twice_changes_nothing(@ForAll("anything") String ip, @ForAll("anything") String agent) {
        ClientInfo once = new ClientInfo(ip, agent);

        assertThat(new ClientInfo(once.ip(), once.userAgent())).isEqualTo(once);
    }

    /** Mostly Latin-1 (so control characters and spaces are common), some of everything else. */
    @Provide
    Arbitrary<String> anything() {
        Arbitrary<Character> chars = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.chars().range('\u0000', '\u00ff')),
                Tuple.of(1, Arbitraries.chars().all()));
        return chars.list().ofMaxSize(700)
                .map(list -> list.stream().map(String::valueOf).collect(Collectors.joining()))
                .injectNull(0.05);
    }

    @Provide
    Arbitrary<String> printableIps() {
        return printable(ClientInfo.MAX_IP).filter(s -> !s.isEmpty());
    }

    @Provide
    Arbitrary<String> printableAgents() {
        return printable(ClientInfo.MAX_USER_AGENT);
    }

    /** Printable ASCII, not starting or ending with a space. */
    private static Arbitrary<String> printable(int maxLength) {
        return Arbitraries.strings().withCharRange('!', '~').withChars(' ').ofMaxLength(maxLength)
                .filter(s -> s.strip().equals(s));
    }
}
