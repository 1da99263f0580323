package dev.bastion.domain.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;

/**
 * One entry of the operation log: a {@link OperationRecord} chained to the entry before it.
 * {@code hash} is SHA-256 (hex) over {@code previousHash} and the record's {@link #canonicalForm};
 * the first entry (or the first after a purge) follows {@link #GENESIS} (or the purge's anchor).
 * Changing any field of a stored entry, or removing or reordering entries, breaks the chain at that
 * entry ({@link ChainVerification}). {@code sequence} is the order of appending (not hashed: it is
 * the position the chain is walked in).
 */
public record OperationLogEntry(long sequence, OperationRecord record, String previousHash, String hash) {

    /** What the first entry of a log follows: 64 zeros. */
    public static final String GENESIS = "0".repeat(64);

    public OperationLogEntry {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
    }

    /** {@code record} appended after the entry whose hash is {@code previousHash}. */
    public static OperationLogEntry chain(long sequence, OperationRecord record, String previousHash) {
        return new OperationLogEntry(sequence, record, previousHash, hashOf(record, previousHash));
    }

    public UUID id() {
        return record.id();
    }

    /** The hash this entry must have if it follows {@code previous}. */
    public static String hashOf(OperationRecord record, String previous) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(previous.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) '\n');
            sha256.update(canonicalForm(record).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * Every field of the record, in a fixed order, each as {@code name=<length>:<value>;} (or
     * {@code name=-;} for null): the length prefix makes the text unambiguous whatever the values hold.
     */
    public static String canonicalForm(OperationRecord r) {
        StringBuilder text = new StringBuilder(256);
        field(text, "id", r.id());
        field(text, "at", r.at());
        field(text, "actorId", r.actorId());
        field(text, "actorUsername", r.actorUsername());
        field(text, "sessionId", r.sessionId());
        field(text, "clientAddress", r.clientAddress());
        field(text, "userAgent", r.userAgent());
        field(text, "method", r.method());
        field(text, "route", r.route());
        field(text, "targetId", r.targetId());
        field(text, "module", r.module());
        field(text, "title", r.title());
        field(text, "arguments", r.arguments());
        field(text, "status", r.status());
        field(text, "problemCode", r.problemCode());
        field(text, "durationMillis", r.durationMillis());
        field(text, "requestId", r.requestId());
        return text.toString();
    }

    private static void field(StringBuilder text, String name, Object value) {
        text.append(name).append('=');
        if (value == null) {
            text.append('-');
        } else {
            String shown = value.toString();
            text.append(shown.length()).append(':').append(shown);
        }
        text.append(';');
    }
}
