package dev.bastion.adapters.rest.problem;

import dev.bastion.adapters.rest.shared.JsonNames;
import io.micronaut.core.annotation.AnnotationMetadata;
import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.beans.BeanProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.CookieValue;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;

import java.lang.annotation.Annotation;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** How a client names an input: the JSON field of a body property, or the query/path/header parameter name. */
final class InputNames {

    /** The name given to the request body as a whole. */
    static final String BODY = "body";

    private static final List<Class<? extends Annotation>> BINDINGS =
            List.of(QueryValue.class, PathVariable.class, Header.class, CookieValue.class, Body.class);

    private InputNames() {
    }

    /** {@code true} when the argument receives the whole request body ({@code @Body} without a name). */
    static boolean isWholeBody(Argument<?> argument) {
        AnnotationMetadata metadata = argument.getAnnotationMetadata();
        return metadata.hasAnnotation(Body.class) && metadata.stringValue(Body.class).isEmpty();
    }

    /** The name the client used: {@code body}, the binding annotation's value, or the Java parameter name. */
    static String parameter(Argument<?> argument) {
        if (isWholeBody(argument)) {
            return BODY;
        }
        AnnotationMetadata metadata = argument.getAnnotationMetadata();
        for (Class<? extends Annotation> binding : BINDINGS) {
            Optional<String> name = metadata.stringValue(binding).filter(value -> !value.isBlank());
            if (name.isPresent()) {
                return name.get();
            }
        }
        return argument.getName();
    }

    /** The JSON name of {@code property} of {@code owner} (honours {@code @JsonProperty}); the Java name when unknown. */
    static String jsonProperty(@Nullable Argument<?> owner, String property) {
        return beanProperty(owner, property).map(JsonNames::of).orElse(property);
    }

    /** The declared type of {@code property} of {@code owner}, when it is an introspected bean. */
    @Nullable
    static Argument<?> propertyType(@Nullable Argument<?> owner, String property) {
        return beanProperty(owner, property).<Argument<?>>map(BeanProperty::asArgument).orElse(null);
    }

    /** The element type of a collection, array, map (its values) or optional. */
    @Nullable
    static Argument<?> elementType(@Nullable Argument<?> container) {
        if (container == null) {
            return null;
        }
        if (container.getType().isArray()) {
            return Argument.of(container.getType().getComponentType());
        }
        Argument<?>[] parameters = container.getTypeParameters();
        if (Map.class.isAssignableFrom(container.getType())) {
            return parameters.length == 2 ? parameters[1] : null;
        }
        return parameters.length >= 1 ? parameters[0] : null;
    }

    /** What a value of {@code type} must look like, for a parameter that failed conversion. */
    static String expectation(Argument<?> type) {
        Class<?> raw = type.getType();
        if (raw == int.class || raw == long.class || raw == short.class || raw == byte.class
                || raw == Integer.class || raw == Long.class || raw == Short.class || raw == Byte.class) {
            return "must be an integer";
        }
        if (raw == double.class || raw == float.class || Number.class.isAssignableFrom(raw)) {
            return "must be a number";
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return "must be true or false";
        }
        if (raw == UUID.class) {
            return "must be a UUID";
        }
        if (raw.isEnum()) {
            return Arrays.stream(raw.getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name())
                    .collect(Collectors.joining(", ", "must be one of ", ""));
        }
        if (Temporal.class.isAssignableFrom(raw)) {
            return "must be an ISO-8601 date or time";
        }
        return "has an invalid format";
    }

    private static Optional<? extends BeanProperty<?, ?>> beanProperty(@Nullable Argument<?> owner, String property) {
        if (owner == null) {
            return Optional.empty();
        }
        Optional<? extends BeanIntrospection<?>> introspection = BeanIntrospector.SHARED.findIntrospection(owner.getType());
        return introspection.flatMap(found -> found.getProperty(property));
    }
}
