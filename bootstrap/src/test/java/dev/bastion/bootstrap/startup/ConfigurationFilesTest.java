package dev.bastion.bootstrap.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The configuration files hold each key once: YAML lets a later duplicate replace the earlier one
 * silently, so a setting written twice under one parent (as {@code bastion.password} once was) loses
 * the first block's settings without a word.
 */
class ConfigurationFilesTest {

    @Test
    void noConfigurationFileHoldsAKeyTwice() throws IOException, URISyntaxException {
        List<Path> files = configurationFiles();
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                strict().loadAll(in).forEach(document -> { }); // parsing each document is the check
            }
        }
    }

    @Test
    void theCheckItselfRefusesADuplicateKey() {
        assertThatThrownBy(() -> strict().load("bastion:\n  password:\n    a: 1\n  password:\n    b: 2\n"))
                .hasMessageContaining("duplicate key password");
    }

    private static Yaml strict() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        return new Yaml(new SafeConstructor(options));
    }

    /** The server's files and the tests' own (two folders on the class path). */
    private static List<Path> configurationFiles() throws IOException, URISyntaxException {
        List<Path> found = new ArrayList<>();
        for (String known : List.of("/application.yml", "/application-test.yml")) {
            Path folder = Path.of(ConfigurationFilesTest.class.getResource(known).toURI()).getParent();
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(file -> file.getFileName().toString().matches("application.*\\.ya?ml")).forEach(found::add);
            }
        }
        return found;
    }
}
