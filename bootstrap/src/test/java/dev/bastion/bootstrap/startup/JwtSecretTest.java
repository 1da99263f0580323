package dev.bastion.bootstrap.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JwtSecretTest {

    @TempDir
    Path dataFolder;

    @Test
    void theConfiguredSecretWins() {
        assertThat(JwtSecret.resolve(Map.of("BASTION_JWT_SECRET", "s".repeat(40)), dataFolder)).isEqualTo("s".repeat(40));
        assertThat(dataFolder.resolve(JwtSecret.FILE)).doesNotExist();
    }

    @Test
    void inDevelopmentAKeyIsMadeOncePerDataFolderAndKeptPrivate() throws Exception {
        String first = JwtSecret.resolve(Map.of(), dataFolder);
        String again = JwtSecret.resolve(Map.of(), dataFolder);
        String elsewhere = JwtSecret.resolve(Map.of(), Files.createTempDirectory("other-data"));

        assertThat(first).isEqualTo(again).isNotEqualTo(elsewhere);
        assertThat(first.length()).isGreaterThanOrEqualTo(JwtSecret.MIN_BYTES);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataFolder.resolve(JwtSecret.FILE))))
                .isEqualTo("rw-------");
    }
}
