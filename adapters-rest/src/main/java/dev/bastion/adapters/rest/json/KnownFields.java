package dev.bastion.adapters.rest.json;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.bastion.adapters.rest.shared.JsonNames;
import dev.bastion.domain.shared.InvalidValueException;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.beans.BeanProperty;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Refuses a JSON object body that carries a field its request record does not have (a typo such
 * as {@code nmae} would otherwise be dropped in silence and the request answered as if it had been
 * understood), at the top level and inside nested records, naming the field as a JSON path.
 * A field whose JSON shape cannot fit (an array for an object, an object for a list) is refused
 * the same way. Bodies bound to anything but an introspected record (maps, lists) are not checked.
 */
final class KnownFields {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final Map<Class<?>, Map<String, Class<?>>> FIELDS = new ConcurrentHashMap<>();

    private KnownFields() {
    }

    /** Refuses ({@link InvalidValueException}) the first field of {@code body} that {@code type} does not have. */
    static void check(Class<?> type, byte[] body) {
        if (!checked(type)) {
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
            JsonToken value = parser.nextToken();
            requireShape(fieldType, value, path + name);
            if (value == JsonToken.START_OBJECT && checked(fieldType)) {
                checkObject(fieldType, parser, path + name + ".");
            } else {
                parser.skipChildren();
            }
        }
    }

    /**
     * Refuses an array where the field is an object (a record or a map) and anything but an array
     * where it is a list, naming the field: the binder would only say the body does not fit.
     * Scalars are the value readers' ({@link StrictValues}) to judge; null is each field's own.
     */
    private static void requireShape(Class<?> fieldType, JsonToken value, String field) {
        if (value == JsonToken.VALUE_NULL) {
            return;
        }
        if ((Map.class.isAssignableFrom(fieldType) || checked(fieldType)) && value != JsonToken.START_OBJECT) {
            throw new InvalidValueException(field, "must be a JSON object");
        }
        if ((Collection.class.isAssignableFrom(fieldType) || fieldType.isArray()) && value != JsonToken.START_ARRAY) {
            throw new InvalidValueException(field, "must be a JSON array");
        }
    }

    /** Records the binder reads by their introspection, as it does every request body. */
    private static boolean checked(Class<?> type) {
        return type.isRecord() && BeanIntrospector.SHARED.findIntrospection(type).isPresent();
    }

    /**
     * A record's JSON fields by their JSON names ({@link JsonNames}, as the binder reads them), less
     * those the server fills in itself ({@code @JsonIgnore}, such as the fields a patch carried).
     */
    private static Map<String, Class<?>> fieldsOf(Class<?> record) {
        Map<String, Class<?>> fields = new HashMap<>();
        for (BeanProperty<?, ?> property : BeanIntrospector.SHARED.getIntrospection(record).getBeanProperties()) {
            if (!property.hasAnnotation(JsonIgnore.class) && property.getType() != SentFields.class) {
                fields.put(JsonNames.of(property), property.getType());
            }
        }
        return Map.copyOf(fields);
    }
}
