package dev.bastion.adapters.rest.json;

import dev.bastion.adapters.rest.request.RequestBodies;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.io.buffer.ByteBuffer;
import io.micronaut.core.type.Argument;
import io.micronaut.core.type.Headers;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.body.MessageBodyReader;
import io.micronaut.http.codec.CodecException;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.body.JsonMessageHandler;
import jakarta.inject.Singleton;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads every JSON request body: {@link StrictJson} first (one value, no duplicate keys, no NUL or
 * lone surrogate), then Micronaut's own JSON binding. Preferred over Micronaut's reader, which
 * would take the first of two equal keys' values and ignore whatever follows the value, and
 * refusing fields the request record does not have ({@link KnownFields}). A {@link PatchRequest} is
 * told which fields the body carried. The bytes read are kept on the request ({@link RequestBodies})
 * for the operation log.
 */
@Singleton
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
@Order(JsonMessageHandler.ORDER - 10)
final class StrictJsonBodyReader<T> implements MessageBodyReader<T> {

    private final JsonMessageHandler<T> json;

    StrictJsonBodyReader(JsonMapper mapper) {
        this.json = new JsonMessageHandler<>(mapper);
    }

    @Override
    public boolean isReadable(Argument<T> type, MediaType mediaType) {
        return json.isReadable(type, mediaType);
    }

    @Override
    public T read(Argument<T> type, MediaType mediaType, Headers headers, ByteBuffer<?> byteBuffer)
            throws CodecException {
        byte[] bytes = byteBuffer.toByteArray();
        return readChecked(type, mediaType, headers, bytes);
    }

    @SuppressWarnings("unchecked")
    private T readChecked(Argument<T> type, MediaType mediaType, Headers headers, byte[] bytes) {
        RequestBodies.keep(bytes);
        StrictJson.check(bytes);
        KnownFields.check(type.getType(), bytes);
        T body = json.read(type, mediaType, headers, new ByteArrayInputStream(bytes));
        return body instanceof PatchRequest<?> patch ? (T) patch.withSentFields(SentFields.of(bytes)) : body;
    }

    @Override
    public T read(Argument<T> type, MediaType mediaType, Headers headers, InputStream inputStream)
            throws CodecException {
        byte[] bytes;
        try {
            bytes = inputStream.readAllBytes();
        } catch (IOException e) {
            throw new CodecException("the request body could not be read", e);
        }
        return readChecked(type, mediaType, headers, bytes);
    }
}
