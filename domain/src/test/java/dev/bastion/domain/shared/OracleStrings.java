package dev.bastion.domain.shared;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Candidate strings for comparing a hand-written check with the regex it replaced (the oracle):
 * noise from a rich alphabet, and near misses of valid values.
 */
public final class OracleStrings {

    /**
     * Characters that tend to break shape checks: ASCII punctuation and whitespace, a NUL, non-ASCII letters
     * and digits ({@code é ß İ ı K(elvin) ٠ ０ ａ}), non-breaking and em spaces, a surrogate pair and a lone surrogate.
     */
    public static final String TRICKY = "@.-_$+ \t\n\r\u0000/\\!#%&'*=?^`{|}~()[]<>,;:\""
            + "\u00E9\u00C9\u00DF\u0130\u0131\u212A\u0660\uFF10\uFF41\u00A0\u2003\uD83D\uDE00\uDC00";

    public static final String ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private OracleStrings() {
    }

    /** Strings of {@code minLength} to {@code maxLength} characters drawn from {@code alphabet}. */
    public static Arbitrary<String> over(String alphabet, int minLength, int maxLength) {
        return Arbitraries.strings().withChars(alphabet.toCharArray()).ofMinLength(minLength).ofMaxLength(maxLength);
    }

    /** {@code base} after one to three edits: a character from {@code alphabet} inserted or put in place of one, or one deleted. */
    public static Arbitrary<String> edited(Arbitrary<String> base, String alphabet) {
        Arbitrary<Edit> edit = Combinators.combine(
                        Arbitraries.of(Kind.class),
                        Arbitraries.integers().between(0, 1_000),
                        Arbitraries.chars().with(alphabet.toCharArray()))
                .as(Edit::new);
        return Combinators.combine(base, edit.list().ofMinSize(1).ofMaxSize(3)).as((value, edits) -> {
            String result = value;
            for (Edit e : edits) {
                result = e.applyTo(result);
            }
            return result;
        });
    }

    private enum Kind { INSERT, REPLACE, DELETE }

    private record Edit(Kind kind, int position, char c) {

        String applyTo(String value) {
            if (kind == Kind.INSERT || value.isEmpty()) {
                int at = position % (value.length() + 1);
                return value.substring(0, at) + c + value.substring(at);
            }
            int at = position % value.length();
            String replacement = kind == Kind.REPLACE ? String.valueOf(c) : "";
            return value.substring(0, at) + replacement + value.substring(at + 1);
        }
    }
}
