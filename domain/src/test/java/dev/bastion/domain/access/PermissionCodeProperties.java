package dev.bastion.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.shared.InvalidValueException;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tuple;

class PermissionCodeProperties {

    private static final String SEGMENT_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789-";
    private static final Pattern VALID = Pattern.compile(
            "\\*|(\\*|[a-z][a-z0-9-]{0,39}):(\\*|[a-z][a-z0-9-]{0,39}):(\\*|[a-z][a-z0-9-]{0,39})");

    /** A segment without wildcard: a lower-case letter, then up to 39 of letters, digits and dashes. */
    static Arbitrary<String> segments() {
        Arbitrary<Character> first = Arbitraries.chars().range('a', 'z');
        Arbitrary<String> rest = Arbitraries.strings().withChars(SEGMENT_CHARS.toCharArray()).ofMaxLength(39);
        return Combinators.combine(first, rest).as((f, r) -> f + r);
    }

    /** Codes naming no wildcard, as a permission check requires them. Shared with other properties. */
    static Arbitrary<PermissionCode> plainCodes() {
        return Combinators.combine(segments(), segments(), segments())
                .as((d, r, a) -> new PermissionCode(d + ":" + r + ":" + a));
    }

    /** Any valid code: plain, with some segments {@code *}, or the lone {@code *}. Shared with other properties. */
    static Arbitrary<PermissionCode> anyCodes() {
        Arbitrary<String> segmentOrWildcard = Arbitraries.frequencyOf(
                Tuple.of(3, segments()), Tuple.of(1, Arbitraries.just("*")));
        Arbitrary<PermissionCode> threeSegments = Combinators.combine(segmentOrWildcard, segmentOrWildcard, segmentOrWildcard)
                .as((d, r, a) -> new PermissionCode(d + ":" + r + ":" + a));
        return Arbitraries.frequencyOf(Tuple.of(9, threeSegments),
                Tuple.of(1, Arbitraries.just(PermissionCode.ALL)));
    }

    /** Codes over a tiny alphabet, so that one grants another often. Shared with other properties. */
    static Arbitrary<PermissionCode> crowdedCodes() {
        Arbitrary<String> segment = Arbitraries.of("a", "b", "*");
        Arbitrary<PermissionCode> threeSegments = Combinators.combine(segment, segment, segment)
                .as((d, r, a) -> new PermissionCode(d + ":" + r + ":" + a));
        return Arbitraries.oneOf(threeSegments, Arbitraries.just(PermissionCode.ALL));
    }

    /** Plain codes over a tiny alphabet where one segment is a prefix of another. Shared with other properties. */
    static Arbitrary<PermissionCode> crowdedPlainCodes() {
        Arbitrary<String> segment = Arbitraries.of("a", "b", "ab");
        return Combinators.combine(segment, segment, segment).as((d, r, a) -> new PermissionCode(d + ":" + r + ":" + a));
    }

    private static String domainOf(PermissionCode code) {
        return code.value().split(":")[0];
    }

    // --- the wildcard algebra

    @Property
    void the_lone_wildcard_grants_every_valid_code(@ForAll("any") PermissionCode code) {
        assertThat(PermissionCode.ALL.grants(code)).isTrue();
    }

    @Property
    void a_domain_wildcard_grants_exactly_the_codes_of_its_domain(@ForAll("fewDomains") String domain,
                                                                  @ForAll("fewDomainsPlain") PermissionCode required) {
        PermissionCode wildcard = new PermissionCode(domain + ":*:*");
        boolean sameDomain = domainOf(required).equals(domain);
        Statistics.label("same domain").collect(sameDomain);
        Statistics.label("same domain").coverage(c -> c.check(true).percentage(p -> p > 10));

        assertThat(wildcard.grants(required)).isEqualTo(sameDomain);
    }

    @Property
    void a_domain_wildcard_grants_every_resource_and_action_of_its_domain(@ForAll("plain") PermissionCode required) {
        PermissionCode wildcard = new PermissionCode(domainOf(required) + ":*:*");

        assertThat(wildcard.grants(required)).isTrue();
    }

    @Property
    void every_code_grants_itself(@ForAll("any") PermissionCode code) {
        assertThat(code.grants(new PermissionCode(code.value()))).isTrue();
    }

    @Property
    void a_plain_code_grants_exactly_the_equal_code(@ForAll("plain") PermissionCode a, @ForAll("plain") PermissionCode b) {
        assertThat(a.grants(b)).isEqualTo(a.equals(b));
    }

    @Property
    void a_plain_code_grants_exactly_itself_among_close_neighbours(@ForAll("crowdedPlain") PermissionCode a,
                                                                  @ForAll("crowdedPlain") PermissionCode b) {
        assertThat(a.grants(b)).isEqualTo(a.equals(b));
    }

    @Property
    void granting_is_transitive(@ForAll("crowded") PermissionCode a, @ForAll("crowded") PermissionCode b,
                                @ForAll("crowded") PermissionCode c) {
        Statistics.label("chain").collect(a.grants(b) && b.grants(c));
        Statistics.label("chain").coverage(cov -> cov.check(true).percentage(p -> p > 5));
        if (a.grants(b) && b.grants(c)) {
            assertThat(a.grants(c)).isTrue();
        }
    }

    @Property
    void granting_is_transitive_for_plain_codes(@ForAll("crowdedPlain") PermissionCode a,
                                                @ForAll("crowdedPlain") PermissionCode b,
                                                @ForAll("crowdedPlain") PermissionCode c) {
        if (a.grants(b) && b.grants(c)) {
            assertThat(a.grants(c)).isTrue();
        }
    }

    @Property
    void a_code_grants_a_plain_code_when_each_segment_is_a_wildcard_or_equal(@ForAll("any") PermissionCode granted,
                                                                            @ForAll("plain") PermissionCode required) {
        List<String> g = granted.segments();
        List<String> r = required.segments();
        boolean expected = true;
        for (int i = 0; i < 3; i++) {
            expected &= g.get(i).equals("*") || g.get(i).equals(r.get(i));
        }

        assertThat(granted.grants(required)).isEqualTo(expected);
    }

    @Property
    void a_plain_code_never_grants_a_wildcard(@ForAll("plain") PermissionCode plain, @ForAll("any") PermissionCode other) {
        if (other.value().contains("*")) {
            assertThat(plain.grants(other)).isFalse();
        }
    }

    // --- no accidental prefix matches

    @Property
    void a_segment_never_grants_a_longer_segment_it_is_a_prefix_of(@ForAll("plain") PermissionCode code,
                                                                   @ForAll("suffix") String suffix,
                                                                   @ForAll("segmentIndex") int index) {
        String longerSegment = code.segments().get(index) + suffix;
        Assume.that(longerSegment.length() <= 40);
        PermissionCode longer = withSegment(code, index, longerSegment);

        assertThat(code.grants(longer)).isFalse();
        assertThat(longer.grants(code)).isFalse();
    }

    @Property
    void a_wildcard_elsewhere_does_not_make_a_prefix_match(@ForAll("plain") PermissionCode code,
                                                           @ForAll("suffix") String suffix) {
        Assume.that(code.segments().get(2).length() + suffix.length() <= 40);
        PermissionCode resourceWildcard = new PermissionCode(domainOf(code) + ":*:" + code.segments().get(2));
        PermissionCode longerAction = withSegment(code, 2, code.segments().get(2) + suffix);

        assertThat(resourceWildcard.grants(longerAction)).isFalse();
    }

    private static PermissionCode withSegment(PermissionCode code, int index, String segment) {
        String[] parts = code.value().split(":");
        parts[index] = segment;
        return new PermissionCode(String.join(":", parts));
    }

    // --- shapes

    @Property
    void a_random_string_is_a_code_only_when_it_has_the_shape(@ForAll String text) {
        if (VALID.matcher(text).matches()) {
            assertThat(new PermissionCode(text).value()).isEqualTo(text);
        } else {
            assertRefusedAsPermission(text);
        }
    }

    @Property
    void a_string_over_the_code_alphabet_is_a_code_only_when_it_has_the_shape(@ForAll("nearlyCodes") String text) {
        Statistics.label("shaped").collect(VALID.matcher(text).matches());
        Statistics.label("shaped").coverage(c -> c.check(true).percentage(p -> p > 2));
        if (VALID.matcher(text).matches()) {
            assertThat(new PermissionCode(text).value()).isEqualTo(text);
        } else {
            assertRefusedAsPermission(text);
        }
    }

    @Property
    void two_segments_are_refused(@ForAll("segment") String a, @ForAll("segment") String b) {
        assertRefusedAsPermission(a + ":" + b);
    }

    @Property
    void four_segments_are_refused(@ForAll("any") PermissionCode code, @ForAll("segment") String extra) {
        assertRefusedAsPermission(code.value() + ":" + extra);
    }

    @Property
    void an_upper_case_letter_anywhere_is_refused(@ForAll("plain") PermissionCode code, @ForAll("position") int at,
                                                 @ForAll("upper") char upper) {
        assertRefusedAsPermission(insert(code.value(), at, upper));
    }

    @Property
    void a_space_anywhere_is_refused(@ForAll("any") PermissionCode code, @ForAll("position") int at) {
        assertRefusedAsPermission(insert(code.value(), at, ' '));
    }

    @Property
    void an_empty_segment_is_refused(@ForAll("plain") PermissionCode code, @ForAll("segmentIndex") int index) {
        String[] parts = code.value().split(":");
        parts[index] = "";

        assertRefusedAsPermission(String.join(":", parts));
    }

    private static String insert(String text, int at, char c) {
        int i = Math.min(at, text.length());
        return text.substring(0, i) + c + text.substring(i);
    }

    private static void assertRefusedAsPermission(String value) {
        assertThatThrownBy(() -> new PermissionCode(value))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("permission"));
    }

    @Provide
    Arbitrary<String> segment() {
        return segments();
    }

    @Provide
    Arbitrary<PermissionCode> plain() {
        return plainCodes();
    }

    @Provide
    Arbitrary<PermissionCode> any() {
        return anyCodes();
    }

    @Provide
    Arbitrary<PermissionCode> crowded() {
        return crowdedCodes();
    }

    @Provide
    Arbitrary<PermissionCode> crowdedPlain() {
        return crowdedPlainCodes();
    }

    @Provide
    Arbitrary<String> suffix() {
        return Arbitraries.strings().withChars(SEGMENT_CHARS.toCharArray()).ofMinLength(1).ofMaxLength(5);
    }

    @Provide
    Arbitrary<Integer> segmentIndex() {
        return Arbitraries.integers().between(0, 2);
    }

    @Provide
    Arbitrary<Integer> position() {
        return Arbitraries.integers().between(0, 130);
    }

    @Provide
    Arbitrary<Character> upper() {
        return Arbitraries.chars().range('A', 'Z');
    }

    @Provide
    Arbitrary<String> nearlyCodes() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("a", "ab", "a1", "a-", "*"),
                Arbitraries.strings().withChars("ab1-*A ".toCharArray()).ofMaxLength(3));
        Arbitrary<String> freeForm = Arbitraries.strings().withChars("ab1-:*A ".toCharArray()).ofMaxLength(12);
        Arbitrary<String> threePieces = Combinators.combine(piece, piece, piece).as((d, r, a) -> d + ":" + r + ":" + a);
        return Arbitraries.oneOf(freeForm, threePieces);
    }

    @Provide
    Arbitrary<String> fewDomains() {
        return Arbitraries.of("system", "monitor", "sys");
    }

    @Provide
    Arbitrary<PermissionCode> fewDomainsPlain() {
        return Combinators.combine(fewDomains(), segments(), segments()).as((d, r, a) -> new PermissionCode(d + ":" + r + ":" + a));
    }
}
