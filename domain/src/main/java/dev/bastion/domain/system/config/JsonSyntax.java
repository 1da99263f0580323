package dev.bastion.domain.system.config;

/**
 * Whether a text is one JSON value (RFC 8259), nested at most {@link #MAX_DEPTH} deep. The domain
 * depends on the JDK only, so this is a small recursive-descent checker rather than a JSON library:
 * it only says yes or no (and where it stopped), it builds nothing. The depth bound keeps the
 * recursion far from the stack's limit.
 */
final class JsonSyntax {

    static final int MAX_DEPTH = 64;

    private final String text;
    private int at;

    private JsonSyntax(String text) {
        this.text = text;
    }

    /** Null when {@code text} is one JSON value, else why not. */
    static String problemIn(String text) {
        JsonSyntax parser = new JsonSyntax(text);
        try {
            parser.whitespace();
            parser.value(0);
            parser.whitespace();
            if (parser.at != text.length()) {
                throw parser.error("unexpected text after the JSON value");
            }
            return null;
        } catch (Malformed e) {
            return e.getMessage();
        }
    }

    private void value(int depth) {
        if (at >= text.length()) {
            throw error("a value is missing");
        }
        char c = text.charAt(at);
        switch (c) {
            case '{' -> object(depth + 1);
            case '[' -> array(depth + 1);
            case '"' -> string();
            case 't' -> literal("true");
            case 'f' -> literal("false");
            case 'n' -> literal("null");
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    number();
                } else {
                    throw error("unexpected character '" + c + "'");
                }
            }
        }
    }

    private void object(int depth) {
        requireDepth(depth);
        at++;
        whitespace();
        if (peek('}')) {
            at++;
            return;
        }
        while (true) {
            whitespace();
            if (!peek('"')) {
                throw error("a member name (a string) is expected");
            }
            string();
            whitespace();
            expect(':');
            whitespace();
            value(depth);
            whitespace();
            if (peek(',')) {
                at++;
            } else {
                expect('}');
                return;
            }
        }
    }

    private void array(int depth) {
        requireDepth(depth);
        at++;
        whitespace();
        if (peek(']')) {
            at++;
            return;
        }
        while (true) {
            whitespace();
            value(depth);
            whitespace();
            if (peek(',')) {
                at++;
            } else {
                expect(']');
                return;
            }
        }
    }

    private void requireDepth(int depth) {
        if (depth > MAX_DEPTH) {
            throw error("nested deeper than " + MAX_DEPTH);
        }
    }

    private void string() {
        at++;
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c == '"') {
                return;
            }
            if (c < 0x20) {
                throw error("a control character inside a string");
            }
            if (c == '\\') {
                if (at >= text.length()) {
                    break;
                }
                char escaped = text.charAt(at++);
                if (escaped == 'u') {
                    for (int i = 0; i < 4; i++) {
                        if (at >= text.length() || Character.digit(text.charAt(at++), 16) < 0) {
                            throw error("a \\u escape needs four hex digits");
                        }
                    }
                } else if ("\"\\/bfnrt".indexOf(escaped) < 0) {
                    throw error("an unknown escape \\" + escaped);
                }
            }
        }
        throw error("a string is not closed");
    }

    private void number() {
        if (peek('-')) {
            at++;
        }
        if (peek('0')) {
            at++;
        } else if (!digits()) {
            throw error("a number needs digits");
        }
        if (peek('.')) {
            at++;
            if (!digits()) {
                throw error("a fraction needs digits");
            }
        }
        if (peek('e') || peek('E')) {
            at++;
            if (peek('+') || peek('-')) {
                at++;
            }
            if (!digits()) {
                throw error("an exponent needs digits");
            }
        }
    }

    private boolean digits() {
        int start = at;
        while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
            at++;
        }
        return at > start;
    }

    private void literal(String word) {
        if (!text.startsWith(word, at)) {
            throw error("unexpected text (true, false or null?)");
        }
        at += word.length();
    }

    private void whitespace() {
        while (at < text.length() && " \t\n\r".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
    }

    private boolean peek(char c) {
        return at < text.length() && text.charAt(at) == c;
    }

    private void expect(char c) {
        if (!peek(c)) {
            throw error("'" + c + "' expected");
        }
        at++;
    }

    private Malformed error(String what) {
        return new Malformed(what + " at character " + (at + 1));
    }

    private static final class Malformed extends RuntimeException {

        Malformed(String message) {
            super(message, null, false, false);
        }
    }
}
