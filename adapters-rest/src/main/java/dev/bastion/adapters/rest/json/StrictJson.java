package dev.bastion.adapters.rest.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.bastion.adapters.rest.input.StorableText;
import dev.bastion.domain.shared.InvalidValueException;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * What a JSON body must be before it is bound, beyond being JSON: one value and nothing after it,
 * no key twice in an object (which one would win?), and no text holding a NUL or half of a UTF-16
 * surrogate pair (PostgreSQL refuses NUL; a lone surrogate cannot be stored and would come back as
 * {@code ?}). A refusal names the place in the body as a JSON path ({@code address.city},
 * {@code roleIds[2]}), or {@code body} for the whole.
 */
public final class StrictJson {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private StrictJson() {
    }

    /** Refuses ({@link InvalidValueException}) a body breaking one of the rules; syntax errors are the binder's. */
    public static void check(byte[] body) {
        try (JsonParser parser = FACTORY.createParser(body)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return;
            }
            for (int depth = 0; token != null; token = parser.nextToken()) {
                switch (token) {
                    case START_OBJECT, START_ARRAY -> depth++;
                    case END_OBJECT, END_ARRAY -> depth--;
                    case FIELD_NAME, VALUE_STRING -> requireStorable(parser.getText(), parser);
                    default -> {
                        // numbers, booleans and null need nothing more here
                    }
                }
                if (depth == 0) {
                    requireNothingAfter(parser);
                    return;
                }
            }
        } catch (JsonParseException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("Duplicate field")) {
                throw new InvalidValueException(path(e.getProcessor()).orElse("body"), "is given twice");
            }
            // other syntax errors: the binder answers them ("must be valid JSON")
        } catch (IOException e) {
            // not readable as JSON at all: the binder answers it
        }
    }

    private static void requireNothingAfter(JsonParser parser) throws IOException {
        boolean more;
        try {
            more = parser.nextToken() != null;
        } catch (JsonParseException notJson) {
            more = true;
        }
        if (more) {
            throw new InvalidValueException("body", "must hold one JSON value and nothing after it");
        }
    }

    private static void requireStorable(String text, JsonParser parser) {
        if (StorableText.isUnstorable(text)) {
            throw new InvalidValueException(path(parser).orElse("body"),
                    StorableText.RULE);
        }
    }

    /** The parser's place as a JSON path: {@code address.city}, {@code roleIds[2]}; empty at the top. */
    private static Optional<String> path(Object processor) {
        if (!(processor instanceof JsonParser parser)) {
            return Optional.empty();
        }
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext at = parser.getParsingContext(); at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inArray()) {
                parts.push("[" + Math.max(at.getCurrentIndex(), 0) + "]");
            } else if (at.getCurrentName() != null) {
                parts.push("." + at.getCurrentName());
            }
        }
        String path = String.join("", parts);
        return path.isEmpty() ? Optional.empty() : Optional.of(path.startsWith(".") ? path.substring(1) : path);
    }
}
