package dev.bastion.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class SecretMaskingProperties {

    /** A value no generated plain text contains: if it shows in the output, a secret leaked. */
    static final String SECRET = "S3CR3T-VALUE";
    static final SecretMasking MASKING = new SecretMasking(Set.of("apiKey", " "));

    @Provide
    Arbitrary<Object> trees() {
        return tree(4);
    }

    private static Arbitrary<Object> tree(int depth) {
        Arbitrary<Object> leaf = Arbitraries.oneOf(
                Arbitraries.strings().alpha().numeric().withChars(" \"\\\n\u00e9\u2028").ofMaxLength(12).map(s -> (Object) s),
                Arbitraries.integers().map(i -> (Object) i),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.just(null));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<String> names = Arbitraries.oneOf(
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8),
                Arbitraries.of("password", "PASSWORD", "newPassword", "oldpassword", "token", "refreshToken",
                        "Secret", "apikey", "APIKEY"));
        Arbitrary<Object> secretValue = Arbitraries.oneOf(Arbitraries.just((Object) SECRET),
                Arbitraries.just((Object) List.of(SECRET, 1)), Arbitraries.just((Object) Map.of("v", SECRET)));
        Arbitrary<Object> object = Arbitraries.maps(names, Arbitraries.lazy(() -> tree(depth - 1)))
                .ofMaxSize(4)
                .flatMap(map -> Arbitraries.lazy(() -> secretValue).map(secret -> {
                    Map<String, Object> withSecrets = new LinkedHashMap<>();
                    map.forEach((name, value) -> withSecrets.put(name,
                            MASKING.isSecret(name) ? secret : value));
                    return (Object) withSecrets;
                }));
        Arbitrary<Object> array = Arbitraries.lazy(() -> tree(depth - 1)).list().ofMaxSize(4).map(l -> (Object) l);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, leaf), net.jqwik.api.Tuple.of(3, object), net.jqwik.api.Tuple.of(2, array));
    }

    static String json(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String text) {
            StringBuilder out = new StringBuilder("\"");
            for (char c : text.toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    default -> out.append(c);
                }
            }
            return out.append('"').toString();
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> json(e.getKey()) + " : " + json(e.getValue()))
                    .collect(Collectors.joining(", ", "{ ", " }"));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(SecretMaskingProperties::json).collect(Collectors.joining(" ,", "[", "]"));
        }
        return value.toString();
    }

    /** {@code value} with every secret member's value replaced by "***", as the masking should leave it. */
    static Object expected(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> masked = new LinkedHashMap<>();
            map.forEach((name, v) -> masked.put(name, MASKING.isSecret((String) name) ? "***" : expected(v)));
            return masked;
        }
        if (value instanceof List<?> list) {
            List<Object> masked = new ArrayList<>();
            list.forEach(v -> masked.add(expected(v)));
            return masked;
        }
        return value;
    }

    @Property
    void no_secret_value_survives_at_any_depth(@ForAll("trees") Object tree) {
        assertThat(MASKING.mask(json(tree))).hasValueSatisfying(masked -> assertThat(masked).doesNotContain(SECRET));
    }

    @Property
    void everything_else_is_kept_as_it_was(@ForAll("trees") Object tree) {
        assertThat(MASKING.mask(json(tree))).hasValue(compact(json(expected(tree))));
    }

    @Property
    void names_match_ignoring_case(@ForAll("secretNames") String name) {
        assertThat(MASKING.mask("{\"" + name + "\":\"x\"}")).hasValue("{\"" + name + "\":\"***\"}");
    }

    @Provide
    Arbitrary<String> secretNames() {
        return Arbitraries.of("password", "newPassword", "oldPassword", "token", "refreshToken", "secret", "apiKey")
                .flatMap(name -> Arbitraries.integers().between(0, (1 << Math.min(name.length(), 20)) - 1)
                        .map(bits -> {
                            StringBuilder mixed = new StringBuilder();
                            for (int i = 0; i < name.length(); i++) {
                                char c = name.charAt(i);
                                mixed.append((bits >> (i % 20) & 1) == 1 ? Character.toUpperCase(c)
                                        : Character.toLowerCase(c));
                            }
                            return mixed.toString();
                        }));
    }

    @Property
    void text_that_is_not_json_gives_nothing(@ForAll("notJson") String text) {
        assertThat(MASKING.mask(text)).isEmpty();
    }

    @Provide
    Arbitrary<String> notJson() {
        return Arbitraries.of("", "{", "{\"password\":}", "{\"a\":1}{", "[1,]", "{'a':1}", "password=x",
                "{\"a\":tru}", "\"unterminated", "{\"a\" 1}", "01", "{\"a\":\"\\x\"}");
    }

    @Test
    void an_escaped_member_name_is_matched_by_what_it_stands_for() {
        assertThat(MASKING.mask("{\"pass\\u0077ord\":\"x\"}")).hasValue("{\"pass\\u0077ord\":\"***\"}");
    }

    @Test
    void a_secret_object_or_array_is_masked_whole() {
        assertThat(MASKING.mask("{\"secret\":{\"a\":[1,2]},\"token\":[\"x\"],\"n\":1}"))
                .hasValue("{\"secret\":\"***\",\"token\":\"***\",\"n\":1}");
    }

    private static String compact(String json) {
        // the generator's only insignificant whitespace is " " around ':' and ',' and after '{' / before '}'
        StringBuilder out = new StringBuilder();
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '"' && escapedBackslash(json, i)) {
                inString = !inString;
            }
            if (inString || c != ' ') {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean escapedBackslash(String json, int quote) {
        int backslashes = 0;
        for (int i = quote - 1; i >= 0 && json.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 0;
    }
}
