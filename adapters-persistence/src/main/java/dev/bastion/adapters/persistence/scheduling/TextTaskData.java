package dev.bastion.adapters.persistence.scheduling;

import com.github.kagkarlsson.scheduler.serializer.Serializer;
import java.nio.charset.StandardCharsets;

/**
 * db-scheduler's task data as UTF-8 text only. Its default is Java serialisation, which would turn
 * bytes from the database into objects of classes named there; here nothing but a {@code String}
 * is written or read, and the one task with data parses it itself ({@link RunOrderText}).
 */
final class TextTaskData implements Serializer {

    @Override
    public byte[] serialize(Object data) {
        if (data == null) {
            return null;
        }
        if (!(data instanceof String text)) {
            throw new IllegalArgumentException("task data is text only, not " + data.getClass().getName());
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public <T> T deserialize(Class<T> type, byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        if (type != String.class) {
            throw new IllegalArgumentException("task data is text only, not " + type.getName());
        }
        return type.cast(new String(bytes, StandardCharsets.UTF_8));
    }
}
