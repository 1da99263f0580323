package dev.bastion.bootstrap.startup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * The HS256 key of the access tokens. {@code BASTION_JWT_SECRET} when set (at least 32 bytes);
 * otherwise, outside {@code prod}, a random key kept in {@code <data folder>/jwt-secret} so tokens
 * survive a restart and no two data folders share a key. In {@code prod} a missing or short secret
 * is refused by {@link StartupGuards} before anything starts.
 */
public final class JwtSecret {

    public static final String PROPERTY = "micronaut.security.token.jwt.signatures.secret.generator.secret";
    public static final int MIN_BYTES = 32;
    static final String FILE = "jwt-secret";

    private JwtSecret() {
    }

    public static String resolve(Map<String, String> env, Path dataFolder) {
        String configured = env.get("BASTION_JWT_SECRET");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        return generatedIn(dataFolder);
    }

    static String generatedIn(Path dataFolder) {
        Path file = dataFolder.toAbsolutePath().normalize().resolve(FILE);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] key = new byte[48];
                new SecureRandom().nextBytes(key);
                boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
                try {
                    if (posix) {
                        // Readable by this user only, from the moment it exists.
                        Files.createFile(file,
                                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                    } else {
                        Files.createFile(file);
                    }
                    Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
                } catch (FileAlreadyExistsException anotherStartWonTheRace) {
                    // read what the other one wrote
                }
            }
            String secret = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (secret.getBytes(StandardCharsets.UTF_8).length < MIN_BYTES) {
                throw new IllegalStateException(file + " holds a key shorter than " + MIN_BYTES
                        + " bytes; delete it to have a new one made");
            }
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the development JWT key in " + file, e);
        }
    }
}
