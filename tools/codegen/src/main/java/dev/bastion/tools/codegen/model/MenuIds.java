package dev.bastion.tools.codegen.model;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * The fixed menu ids of a generated module, derived from its name alone so that generating the
 * module again gives the same ids: the SHA-256 of {@code dev.bastion.modules.<name>} shaped as a
 * UUIDv7 (version 7, IETF variant), whose last 16 bits are the entry's number (the root 0x001, the
 * n-th aggregate's screen n×0x10 and its buttons n×0x10+1…). Two modules' ranges differ by their hash.
 */
public final class MenuIds {

    private final long high;
    private final long lowBase;

    public MenuIds(String moduleName) {
        byte[] hash = sha256(("dev.bastion.modules." + moduleName).getBytes(StandardCharsets.UTF_8));
        ByteBuffer buffer = ByteBuffer.wrap(hash);
        this.high = (buffer.getLong() & ~0xF000L) | 0x7000L;
        this.lowBase = (buffer.getLong() & 0x3FFF_FFFF_FFFF_0000L) | 0x8000_0000_0000_0000L;
    }

    public UUID entry(int number) {
        if (number < 0 || number > 0xFFFF) {
            throw new IllegalArgumentException("entry number out of range: " + number);
        }
        return new UUID(high, lowBase | number);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
