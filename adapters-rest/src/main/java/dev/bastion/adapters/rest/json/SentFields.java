package dev.bastion.adapters.rest.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.bastion.application.shared.FieldPatch;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

/**
 * The names a JSON object body carries at its top level, {@code null} values included: what tells
 * a field left out (keep its value) from a field sent as {@code null} (clear it), which binding
 * into a record cannot tell apart.
 */
public record SentFields(Set<String> names) {

    private static final JsonFactory FACTORY = new JsonFactory();

    public SentFields {
        names = Set.copyOf(names);
    }

    /** The top-level names of {@code body}; none when it is not a JSON object (the binder refuses it). */
    public static SentFields of(byte[] body) {
        Set<String> names = new HashSet<>();
        try (JsonParser parser = FACTORY.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return new SentFields(names);
            }
            for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
                names.add(parser.currentName());
                parser.nextToken();
                parser.skipChildren();
            }
        } catch (IOException malformed) {
            // the binder answers malformed JSON
        }
        return new SentFields(names);
    }

    /** {@code value} as given when the body carried {@code name}, else left out. */
    public <T> FieldPatch<T> patch(String name, T value) {
        return names.contains(name) ? FieldPatch.of(value) : FieldPatch.absent();
    }
}
