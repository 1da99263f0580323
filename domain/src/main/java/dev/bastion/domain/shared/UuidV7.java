package dev.bastion.domain.shared;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * RFC 9562 version 7 UUIDs: 48 bits of Unix milliseconds, then random bits. Ids sort by
 * creation time, which keeps B-tree inserts local, and are made in the domain so an
 * aggregate has its identity before it is stored.
 */
public final class UuidV7 {

    private static final SecureRandom RANDOM = new SecureRandom();

    private UuidV7() {
    }

    public static UUID next() {
        return at(System.currentTimeMillis());
    }

    static UUID at(long epochMillis) {
        if (epochMillis < 0 || epochMillis >= (1L << 48)) {
            throw new IllegalArgumentException("timestamp out of UUIDv7 range: " + epochMillis);
        }
        long randomA = RANDOM.nextLong();
        long randomB = RANDOM.nextLong();
        long high = (epochMillis << 16) | 0x7000L | (randomA & 0x0FFFL);
        long low = (randomB & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }

    public static boolean isVersion7(UUID uuid) {
        return uuid.version() == 7 && uuid.variant() == 2;
    }

    public static long timestampMillis(UUID uuid) {
        return uuid.getMostSignificantBits() >>> 16;
    }
}
