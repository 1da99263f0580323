package dev.bastion.domain.audit;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Masks secrets in a JSON text before it is logged: the value of every member whose name is a
 * secret name (ignoring case), at any depth, inside objects and arrays, becomes {@code "***"},
 * whatever it was (text, number, object, array). The rest is written back as it was read, without
 * insignificant whitespace. Text that is not one JSON value gives nothing: it is never logged as is.
 */
public final class SecretMasking {

    /** Member names that are always masked. */
    public static final Set<String> ALWAYS = Set.of("password", "newPassword", "oldPassword", "token",
            "refreshToken", "secret");
    public static final String MASK = "\"***\"";
    /** Deeper nesting than this is not walked: the text is not logged. */
    static final int MAX_DEPTH = 64;
    /** A JSON number (RFC 8259), compiled once: every logged body with a number is checked against it. */
    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    private final Set<String> names;

    /** {@link #ALWAYS} and {@code extra} (blank entries ignored), compared ignoring case. */
    public SecretMasking(Set<String> extra) {
        this.names = Stream.concat(ALWAYS.stream(), extra.stream())
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .map(name -> name.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    public boolean isSecret(String name) {
        return names.contains(name.toLowerCase(Locale.ROOT));
    }

    /** {@code json} with its secrets masked, or empty when it is not a single JSON value. */
    public Optional<String> mask(String json) {
        try {
            Parser parser = new Parser(json);
            StringBuilder out = new StringBuilder(json.length());
            parser.skipSpace();
            parser.value(out, 0);
            parser.skipSpace();
            if (!parser.atEnd()) {
                return Optional.empty();
            }
            return Optional.of(out.toString());
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private final class Parser {

        private final String text;
        private int at;

        Parser(String text) {
            this.text = text;
        }

        boolean atEnd() {
            return at == text.length();
        }

        void skipSpace() {
            while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
        }

        private char peek() {
            if (at >= text.length()) {
                throw new IllegalArgumentException("unexpected end");
            }
            return text.charAt(at);
        }

        /** Copies one value to {@code out}, or skips it when {@code out} is null. */
        void value(StringBuilder out, int depth) {
            if (depth > MAX_DEPTH) {
                throw new IllegalArgumentException("too deep");
            }
            char c = peek();
            switch (c) {
                case '{' -> object(out, depth);
                case '[' -> array(out, depth);
                case '"' -> append(out, string());
                case 't' -> literal(out, "true");
                case 'f' -> literal(out, "false");
                case 'n' -> literal(out, "null");
                default -> append(out, number());
            }
        }

        private void object(StringBuilder out, int depth) {
            at++;
            append(out, "{");
            skipSpace();
            if (peek() == '}') {
                at++;
                append(out, "}");
                return;
            }
            while (true) {
                skipSpace();
                if (peek() != '"') {
                    throw new IllegalArgumentException("member name expected");
                }
                String rawName = string();
                append(out, rawName);
                skipSpace();
                expect(':');
                append(out, ":");
                skipSpace();
                if (isSecret(unquote(rawName))) {
                    value(null, depth + 1);
                    append(out, MASK);
                } else {
                    value(out, depth + 1);
                }
                skipSpace();
                char next = peek();
                at++;
                if (next == '}') {
                    append(out, "}");
                    return;
                }
                if (next != ',') {
                    throw new IllegalArgumentException("',' or '}' expected");
                }
                append(out, ",");
            }
        }

        private void array(StringBuilder out, int depth) {
            at++;
            append(out, "[");
            skipSpace();
            if (peek() == ']') {
                at++;
                append(out, "]");
                return;
            }
            while (true) {
                skipSpace();
                value(out, depth + 1);
                skipSpace();
                char next = peek();
                at++;
                if (next == ']') {
                    append(out, "]");
                    return;
                }
                if (next != ',') {
                    throw new IllegalArgumentException("',' or ']' expected");
                }
                append(out, ",");
            }
        }

        /** The string token at the cursor, quotes and escapes as written. */
        private String string() {
            int start = at;
            at++;
            while (true) {
                char c = peek();
                at++;
                if (c == '"') {
                    return text.substring(start, at);
                }
                if (c == '\\') {
                    char escaped = peek();
                    at++;
                    if (escaped == 'u') {
                        if (at + 4 > text.length()) {
                            throw new IllegalArgumentException("bad escape");
                        }
                        for (int i = 0; i < 4; i++) {
                            if (Character.digit(text.charAt(at + i), 16) < 0) {
                                throw new IllegalArgumentException("bad escape");
                            }
                        }
                        at += 4;
                    } else if ("\"\\/bfnrt".indexOf(escaped) < 0) {
                        throw new IllegalArgumentException("bad escape");
                    }
                } else if (c < 0x20) {
                    throw new IllegalArgumentException("control character in a string");
                }
            }
        }

        private String number() {
            int start = at;
            while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            String token = text.substring(start, at);
            if (!NUMBER.matcher(token).matches()) {
                throw new IllegalArgumentException("not a value");
            }
            return token;
        }

        private void literal(StringBuilder out, String word) {
            if (!text.startsWith(word, at)) {
                throw new IllegalArgumentException("not a value");
            }
            at += word.length();
            append(out, word);
        }

        private void expect(char c) {
            if (peek() != c) {
                throw new IllegalArgumentException("'" + c + "' expected");
            }
            at++;
        }

        private void append(StringBuilder out, String token) {
            if (out != null) {
                out.append(token);
            }
        }
    }

    /** The name a JSON string token stands for (escapes resolved). */
    static String unquote(String token) {
        StringBuilder name = new StringBuilder(token.length());
        for (int i = 1; i < token.length() - 1; i++) {
            char c = token.charAt(i);
            if (c != '\\') {
                name.append(c);
                continue;
            }
            char escaped = token.charAt(++i);
            switch (escaped) {
                case 'u' -> {
                    name.append((char) Integer.parseInt(token.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                case 'b' -> name.append('\b');
                case 'f' -> name.append('\f');
                case 'n' -> name.append('\n');
                case 'r' -> name.append('\r');
                case 't' -> name.append('\t');
                default -> name.append(escaped);
            }
        }
        return name.toString();
    }
}
