package dev.bastion.application.system.dictionary;

import dev.bastion.domain.system.dictionary.DictCode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * What front ends are served of an enabled type: its enabled items in order, and a strong entity
 * tag that is a digest of exactly what is served (every field of every item, in order), so equal
 * tags mean equal answers and any change gives a new tag, on every instance alike.
 */
public record PublishedDictionary(DictCode code, List<DictItemView> items, String entityTag) {

    public PublishedDictionary {
        Objects.requireNonNull(code, "code");
        items = List.copyOf(items);
        Objects.requireNonNull(entityTag, "entityTag");
    }

    public static PublishedDictionary of(DictCode code, List<DictItemView> items) {
        return new PublishedDictionary(code, items, entityTagOf(items));
    }

    /** A quoted strong tag ({@code "…"}): the first 128 bits of the SHA-256 of the items' fields. */
    static String entityTagOf(List<DictItemView> items) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        for (DictItemView item : items) {
            // each field length-prefixed, so no two different lists give the same bytes
            for (Object field : List.of(item.id(), item.typeCode(), item.label(), item.value(), item.sort(),
                    item.status(), String.valueOf(item.tag()), item.isDefault(), String.valueOf(item.remark()),
                    item.version(), item.createdAt(), item.updatedAt())) {
                byte[] bytes = String.valueOf(field).getBytes(StandardCharsets.UTF_8);
                digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
                digest.update((byte) ':');
                digest.update(bytes);
            }
        }
        byte[] hash = digest.digest();
        return "\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
    }
}
