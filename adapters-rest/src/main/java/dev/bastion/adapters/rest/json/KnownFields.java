package dev.bastion.adapters.rest.json;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.bastion.domain.shared.InvalidValueException;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Refuses a JSON object body that carries a field its request record does not have (a typo such
 * as {@code nmae} would otherwise be dropped in silence and the request answered as if it had been
 * understood), at the top level and inside nested records, naming the field as a JSON path.
 * Bodies bound to anything but a record (maps, lists) are not checked.
 */
final class KnownFields {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final Map<Class<?>, Map<String, Class<?>>> FIELDS = new ConcurrentHashMap<>();

    private KnownFields() {
    }

    /** Refuses ({@link InvalidValueException}) the first field of {@code body} that {@code type} does not have. */
    static void check(Class<?> type, byte[] body) {
        if (!type.isRecord()) {
            return;
        }
        try (JsonParser parser = FACTORY.createParser(body)) {
            if (parser.nextToken() == JsonToken.START_OBJECT) {
                checkObject(type, parser, "");
            }
        } catch (IOException malformed) {
            // the binder answers malformed JSON
        }
    }

    private static void checkObject(Class<?> type, JsonParser parser, String path) throws IOException {
        Map<String, Class<?>> fields = FIELDS.computeIfAbsent(type, KnownFields::fieldsOf);
        for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
            String name = parser.currentName();
            Class<?> fieldType = fields.get(name);
            if (fieldType == null) {
                throw new InvalidValueException(path + name, "is not a field of this request");
            }
            if (parser.nextToken() == JsonToken.START_OBJECT && fieldType.isRecord()) {
                checkObject(fieldType, parser, path + name + ".");
            } else {
                parser.skipChildren();
            }
        }
    }

    /**
     * A record's JSON fields: its components by their JSON names ({@code @JsonProperty}), less those
     * the server fills in itself ({@code @JsonIgnore}, such as the fields a patch carried).
     */
    private static Map<String, Class<?>> fieldsOf(Class<?> record) {
        Map<String, Class<?>> fields = new HashMap<>();
        for (RecordComponent component : record.getRecordComponents()) {
            Field field = fieldOf(record, component);
            if (component.getType() == SentFields.class || (field != null && field.isAnnotationPresent(JsonIgnore.class))) {
                continue;
            }
            JsonProperty renamed = field == null ? null : field.getAnnotation(JsonProperty.class);
            String name = renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName();
            fields.put(name, component.getType());
        }
        return Map.copyOf(fields);
    }

    /** The field behind a component, where the component's annotations land. */
    private static Field fieldOf(Class<?> record, RecordComponent component) {
        try {
            return record.getDeclaredField(component.getName());
        } catch (NoSuchFieldException impossible) {
            return null;
        }
    }
}
