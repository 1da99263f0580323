package dev.bastion.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.shared.InvalidValueException;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.UniqueElements;

class PasswordPolicyProperties {

    private static final int MAX = PasswordPolicy.MAX_LENGTH;
    private static final FakePasswordHasher HASHER = new FakePasswordHasher();

    /** A policy and a password meant to be checked against it. */
    record Candidate(PasswordPolicy policy, String password) {
    }

    @Property
    void a_non_blank_password_of_allowed_length_that_is_not_the_username_passes(
            @ForAll("allowedLength") Candidate candidate, @ForAll("usernames") Username username, @ForAll("fields") String field) {
        Assume.that(!candidate.password().isBlank());
        Assume.that(!candidate.password().toLowerCase(Locale.ROOT).equals(username.canonical()));

        assertThatCode(() -> candidate.policy().checkShape(field, candidate.password(), username)).doesNotThrowAnyException();
    }

    @Property
    void a_password_shorter_than_the_minimum_is_refused_naming_the_field(
            @ForAll("tooShort") Candidate candidate, @ForAll("usernames") Username username, @ForAll("fields") String field) {
        assertRefusedNaming(field, () -> candidate.policy().checkShape(field, candidate.password(), username));
    }

    @Property
    void a_password_longer_than_128_is_refused_naming_the_field(
            @ForAll("tooLong") Candidate candidate, @ForAll("usernames") Username username, @ForAll("fields") String field) {
        assertRefusedNaming(field, () -> candidate.policy().checkShape(field, candidate.password(), username));
    }

    @Property
    void a_blank_password_is_refused_naming_the_field(@ForAll("blank") String password,
                                                      @ForAll @IntRange(min = 8, max = MAX) int minLength,
                                                      @ForAll("usernames") Username username,
                                                      @ForAll("fields") String field) {
        assertRefusedNaming(field, () -> new PasswordPolicy(minLength, 3).checkShape(field, password, username));
    }

    @Property
    void the_username_in_any_case_is_refused_naming_the_field(@ForAll("longUsernames") Username username,
                                                              @ForAll("caseFlips") List<Boolean> upper,
                                                              @ForAll("fields") String field) {
        PasswordPolicy policy = new PasswordPolicy(8, 3);
        String password = flipCase(username.value(), upper);

        assertRefusedNaming(field, () -> policy.checkShape(field, password, username));
    }

    @Property
    void a_password_among_the_newest_history_size_hashes_is_refused(
            @ForAll @UniqueElements @Size(min = 1, max = 30) List<@StringLength(min = 4, max = 20) String> newestFirst,
            @ForAll @IntRange(min = 0, max = 24) int historySize,
            @ForAll @IntRange(min = 0, max = 1_000) int pickSeed,
            @ForAll("fields") String field) {
        int pick = pickSeed % newestFirst.size();
        PasswordPolicy policy = new PasswordPolicy(10, historySize);
        List<PasswordHash> recent = newestFirst.stream().map(HASHER::hash).toList();
        String password = newestFirst.get(pick);
        Statistics.label("remembered").collect(pick < historySize);
        Statistics.label("remembered").coverage(c -> {
            c.check(true).percentage(p -> p > 10);
            c.check(false).percentage(p -> p > 10);
        });

        if (pick < historySize) {
            assertRefusedNaming(field, () -> policy.checkHistory(field, password, recent, HASHER));
        } else {
            assertThatCode(() -> policy.checkHistory(field, password, recent, HASHER)).doesNotThrowAnyException();
        }
    }

    @Property
    void a_password_not_in_the_history_is_never_refused(
            @ForAll @Size(max = 30) List<@StringLength(min = 4, max = 20) String> newestFirst,
            @ForAll @StringLength(min = 4, max = 20) String password,
            @ForAll @IntRange(min = 0, max = 24) int historySize) {
        Assume.that(!newestFirst.contains(password));
        PasswordPolicy policy = new PasswordPolicy(10, historySize);
        List<PasswordHash> recent = newestFirst.stream().map(HASHER::hash).toList();

        assertThatCode(() -> policy.checkHistory("password", password, recent, HASHER)).doesNotThrowAnyException();
    }

    private static void assertRefusedNaming(String field, Runnable check) {
        assertThatThrownBy(check::run)
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    private static String flipCase(String value, List<Boolean> upper) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            String c = String.valueOf(value.charAt(i));
            out.append(upper.get(i % upper.size()) ? c.toUpperCase(Locale.ROOT) : c.toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

    /** Code points from ASCII, Latin-1, Greek, CJK and emoji, never a lone surrogate. */
    private static Arbitrary<Integer> codePoints() {
        return Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.integers().between(0x20, 0x7e)),
                Tuple.of(2, Arbitraries.integers().between(0xa0, 0xff)),
                Tuple.of(1, Arbitraries.integers().between(0x391, 0x3c9)),
                Tuple.of(1, Arbitraries.integers().between(0x4e00, 0x9fff)),
                Tuple.of(2, Arbitraries.integers().between(0x1f300, 0x1f6ff)),
                Tuple.of(1, Arbitraries.of(0x20, 0x09, 0x3000)));
    }

    private static Arbitrary<String> ofCodePoints(int min, int max) {
        return codePoints().list().ofMinSize(min).ofMaxSize(max).map(cps -> {
            StringBuilder out = new StringBuilder();
            cps.forEach(out::appendCodePoint);
            return out.toString();
        });
    }

    private static Arbitrary<PasswordPolicy> policies() {
        return Combinators.combine(Arbitraries.integers().between(8, MAX), Arbitraries.integers().between(0, 24))
                .as(PasswordPolicy::new);
    }

    @Provide
    Arbitrary<Candidate> allowedLength() {
        return policies().flatMap(policy -> ofCodePoints(policy.minLength(), MAX).map(p -> new Candidate(policy, p)));
    }

    @Provide
    Arbitrary<Candidate> tooShort() {
        return policies().flatMap(policy -> ofCodePoints(1, policy.minLength() - 1)
                .filter(p -> !p.isBlank())
                .map(p -> new Candidate(policy, p)));
    }

    @Provide
    Arbitrary<Candidate> tooLong() {
        return policies().flatMap(policy -> ofCodePoints(MAX + 1, 300)
                .filter(p -> !p.isBlank())
                .map(p -> new Candidate(policy, p)));
    }

    @Provide
    Arbitrary<String> blank() {
        return Arbitraries.strings().withChars(' ', '\t', '\n', '\r', '\u3000', '\u2003').ofMaxLength(200).injectNull(0.1);
    }

    @Provide
    Arbitrary<Username> usernames() {
        return UsernameProperties.validUsernames().map(Username::new);
    }

    @Provide
    Arbitrary<Username> longUsernames() {
        return UsernameProperties.validUsernames().filter(u -> u.length() >= 8).map(Username::new);
    }

    @Provide
    Arbitrary<List<Boolean>> caseFlips() {
        return Arbitraries.of(true, false).list().ofMinSize(1).ofMaxSize(64);
    }

    @Provide
    Arbitrary<String> fields() {
        return Arbitraries.of("password", "newPassword", "confirmPassword");
    }
}
