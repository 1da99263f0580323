package dev.bastion.tools.codegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line against a scratch repository: a {@code modules/pom.xml} like the real one and a spec. */
class GenerateModuleTest {

    private static final String MODULES_POM = """
            <project>
              <artifactId>bastion-modules</artifactId>
              <modules>
                <module>inventory</module>
              </modules>

              <dependencies>
                <dependency>
                  <groupId>dev.bastion</groupId>
                  <artifactId>bastion-module-inventory</artifactId>
                </dependency>
              </dependencies>
            </project>
            """;

    private static final String SPEC = """
            context: tools2
            aggregates:
              - name: Widget
                fields:
                  - {name: label, type: string, required: true}
            """;

    @TempDir
    Path repo;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void scratchRepository() throws IOException {
        Files.createDirectories(repo.resolve("modules"));
        Files.writeString(repo.resolve("modules/pom.xml"), MODULES_POM);
        Files.createDirectories(repo.resolve("specs"));
        Files.writeString(repo.resolve("specs/widget.yml"), SPEC);
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return new GenerateModule(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private String[] args(String... extra) {
        return Stream.concat(Stream.of("--spec=specs/widget.yml", "--into=" + repo), Stream.of(extra))
                .toArray(String[]::new);
    }

    @Test
    void it_writes_the_module_and_lists_it_in_modules_pom_once() throws IOException {
        assertThat(run(args())).isZero();

        assertThat(repo.resolve("modules/tools2/pom.xml")).exists();
        assertThat(repo.resolve("modules/tools2/src/main/java/dev/bastion/modules/tools2/domain/Widget.java")).exists();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("write: modules/tools2/pom.xml",
                "modify: modules/pom.xml");
        String pom = Files.readString(repo.resolve("modules/pom.xml"));
        assertThat(pom).contains("    <module>inventory</module>\n    <module>tools2</module>\n",
                "<artifactId>bastion-module-tools2</artifactId>\n      <version>${project.version}</version>");

        assertThat(ModulesPom.withModule(pom, "tools2")).isEqualTo(pom);
    }

    @Test
    void a_dry_run_lists_the_files_and_writes_nothing() throws IOException {
        assertThat(run(args("--dry-run"))).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("would write: modules/tools2/README.md",
                "would modify: modules/pom.xml");
        assertThat(repo.resolve("modules/tools2")).doesNotExist();
        assertThat(Files.readString(repo.resolve("modules/pom.xml"))).isEqualTo(MODULES_POM);
    }

    @Test
    void an_existing_file_stops_the_run_before_anything_is_written_unless_forced() throws IOException {
        Path readme = repo.resolve("modules/tools2/README.md");
        Files.createDirectories(readme.getParent());
        Files.writeString(readme, "mine");

        assertThat(run(args())).isEqualTo(GenerateModule.FILES_EXIST);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("modules/tools2/README.md: exists (--force to overwrite)");
        assertThat(Files.readString(readme)).isEqualTo("mine");
        assertThat(repo.resolve("modules/tools2/pom.xml")).doesNotExist();
        assertThat(Files.readString(repo.resolve("modules/pom.xml"))).isEqualTo(MODULES_POM);

        assertThat(run(args("--force=true"))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("overwrite: modules/tools2/README.md");
        assertThat(Files.readString(readme)).startsWith("# Tools2");
    }

    @Test
    void a_bad_spec_prints_each_problem_with_its_line_and_writes_nothing() throws IOException {
        Files.writeString(repo.resolve("specs/widget.yml"), SPEC.replace("name: label", "name: class"));

        assertThat(run(args())).isEqualTo(GenerateModule.BAD_SPEC);

        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith(
                "specs/widget.yml:5: aggregates[0].fields[0].name: \"class\" is a Java reserved word\n");
        assertThat(repo.resolve("modules/tools2")).doesNotExist();
        assertThat(Files.readString(repo.resolve("modules/pom.xml"))).isEqualTo(MODULES_POM);
    }

    @Test
    void bad_arguments_are_a_usage_error() {
        assertThat(run("--into=" + repo)).isEqualTo(GenerateModule.USAGE);
        assertThat(run(args("--colour=red"))).isEqualTo(GenerateModule.USAGE);
        assertThat(run(args("--force=maybe"))).isEqualTo(GenerateModule.USAGE);
        assertThat(run("--spec=specs/none.yml", "--into=" + repo)).isEqualTo(GenerateModule.USAGE);
        assertThat(repo.resolve("modules/tools2")).doesNotExist();
    }
}
