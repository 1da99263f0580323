package dev.bastion.adapters.rest.json;

import io.micronaut.context.annotation.Factory;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Text, truth values and integers are read only from JSON values of that type: Micronaut's own
 * readers coerce ({@code "yes"} became {@code false}, {@code 42} the text {@code "42"}, {@code 2.9}
 * the integer 2), so a client's mistake was stored instead of refused. An integer may be written
 * with a fraction of zero ({@code 30.0}); it must fit the field.
 */
@Factory
final class StrictValues {

    /** Before Micronaut's own deserializers for the same types. */
    static final int ORDER = -100;

    static final String TEXT = "must be a JSON string";
    static final String TRUTH = "must be true or false";

    @Singleton
    @Order(ORDER)
    Deserializer<String> strings() {
        return (decoder, context, type) -> {
            JsonNode node = decoder.decodeNode();
            if (!node.isString()) {
                throw decoder.createDeserializationException(TEXT, node.getValue());
            }
            return node.getStringValue();
        };
    }

    @Singleton
    @Order(ORDER)
    Deserializer<Boolean> booleans() {
        return new WithPrimitiveDefault<>(false) {
            @Override
            public Boolean deserialize(Decoder decoder, DecoderContext context, Argument<? super Boolean> type)
                    throws IOException {
                JsonNode node = decoder.decodeNode();
                if (!node.isBoolean()) {
                    throw decoder.createDeserializationException(TRUTH, node.getValue());
                }
                return node.getBooleanValue();
            }
        };
    }

    @Singleton
    @Order(ORDER)
    Deserializer<Integer> integers() {
        return new WithPrimitiveDefault<>(0) {
            @Override
            public Integer deserialize(Decoder decoder, DecoderContext context, Argument<? super Integer> type)
                    throws IOException {
                return integral(decoder, Integer.MIN_VALUE, Integer.MAX_VALUE).intValue();
            }
        };
    }

    @Singleton
    @Order(ORDER)
    Deserializer<Long> longs() {
        return new WithPrimitiveDefault<>(0L) {
            @Override
            public Long deserialize(Decoder decoder, DecoderContext context, Argument<? super Long> type)
                    throws IOException {
                return integral(decoder, Long.MIN_VALUE, Long.MAX_VALUE).longValue();
            }
        };
    }

    /** An absent value of a primitive field is its zero, as Java (and Micronaut's own readers) have it. */
    private abstract static class WithPrimitiveDefault<T> implements Deserializer<T> {

        private final T zero;

        WithPrimitiveDefault(T zero) {
            this.zero = zero;
        }

        @Override
        public T getDefaultValue(DecoderContext context, Argument<? super T> type) {
            return type.isPrimitive() ? zero : null;
        }
    }

    private static BigInteger integral(Decoder decoder, long min, long max) throws IOException {
        JsonNode node = decoder.decodeNode();
        String expectation = "must be an integer from " + min + " to " + max;
        if (!node.isNumber()) {
            throw decoder.createDeserializationException(expectation, node.getValue());
        }
        BigDecimal value = new BigDecimal(node.getNumberValue().toString());
        BigInteger whole;
        try {
            whole = value.toBigIntegerExact();
        } catch (ArithmeticException fraction) {
            throw decoder.createDeserializationException(expectation, node.getValue());
        }
        if (whole.compareTo(BigInteger.valueOf(min)) < 0 || whole.compareTo(BigInteger.valueOf(max)) > 0) {
            throw decoder.createDeserializationException(expectation, node.getValue());
        }
        return whole;
    }
}
