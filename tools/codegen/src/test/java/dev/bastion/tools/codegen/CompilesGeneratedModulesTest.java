package dev.bastion.tools.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.source.util.JavacTask;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Generates each sample spec of the repository ({@code specs/}) and the combinations they leave out
 * ({@code variants.yml} in this module's test resources), and compiles the Java files of the result,
 * main and tests together, in-process against this module's test class path (the core's domain,
 * application and persistence adapter, their test fakes, Micronaut Data, MapStruct, JUnit, AssertJ),
 * without annotation processing. The REST adapter's sources are parsed only: the core's REST adapter
 * depends on this module (the generator over HTTP), so it cannot be on this module's class path;
 * {@code ci/codegen-check.sh} builds whole generated modules with Maven and every processor.
 */
class CompilesGeneratedModulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"asset.yml", "category.yml", "variants.yml"})
    void the_sample_spec_generates_a_module_that_compiles_without_warnings(String specName, @TempDir Path classes)
            throws IOException {
        ModuleGenerator generator = new ModuleGenerator();
        List<GeneratedFile> files = generator.generate(ModuleGenerator.readYaml(Files.readString(
                SampleSpecs.path(specName), StandardCharsets.UTF_8)));

        List<Diagnostic<? extends JavaFileObject>> problems = compile(files, classes);

        assertThat(problems).as(() -> problems.stream().map(d -> d.getSource().getName() + ":" + d.getLineNumber()
                + ": " + d.getMessage(Locale.ROOT)).collect(Collectors.joining("\n"))).isEmpty();
        assertThat(files).extracting(GeneratedFile::path).doesNotHaveDuplicates()
                .allSatisfy(path -> assertThat(path).startsWith("modules/").doesNotContain("\\").doesNotContain(".."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"asset.yml", "category.yml", "variants.yml"})
    void the_rest_adapter_of_the_sample_spec_parses(String specName) throws IOException {
        List<GeneratedFile> rest = new ModuleGenerator().generate(ModuleGenerator.readYaml(Files.readString(
                SampleSpecs.path(specName), StandardCharsets.UTF_8))).stream().filter(CompilesGeneratedModulesTest::isRest)
                .toList();
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();

        JavacTask task = (JavacTask) compiler.getTask(null, null, diagnostics, List.of("--release", "17"), null,
                rest.stream().<JavaFileObject>map(Source::new).toList());
        task.parse();

        assertThat(rest).extracting(GeneratedFile::path).anyMatch(path -> path.endsWith("Controller.java"));
        assertThat(diagnostics.getDiagnostics()).as(() -> diagnostics.getDiagnostics().stream()
                .map(d -> d.getSource().getName() + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
                .collect(Collectors.joining("\n"))).isEmpty();
    }

    private static boolean isRest(GeneratedFile file) {
        return file.path().contains("/adapters/rest/") && file.path().endsWith(".java");
    }

    private static List<Diagnostic<? extends JavaFileObject>> compile(List<GeneratedFile> files, Path classes) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<JavaFileObject> sources = new ArrayList<>();
        for (GeneratedFile file : files) {
            if (file.path().endsWith(".java") && !isRest(file)) {
                sources.add(new Source(file));
            }
        }
        try (StandardJavaFileManager manager = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            manager.setLocation(StandardLocation.CLASS_OUTPUT, List.of(classes.toFile()));
            List<String> options = List.of("--release", "17", "-proc:none", "-Xlint:all", "-classpath",
                    System.getProperty("java.class.path"));
            boolean compiled = compiler.getTask(null, manager, diagnostics, options, null, sources).call();
            List<Diagnostic<? extends JavaFileObject>> reported = new ArrayList<>(diagnostics.getDiagnostics());
            assertThat(compiled || !reported.isEmpty()).as("a failed compilation says why").isTrue();
            return reported;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Source extends SimpleJavaFileObject {

        private final String content;

        Source(GeneratedFile file) {
            super(URI.create("string:///" + file.path()), Kind.SOURCE);
            this.content = file.content();
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return content;
        }
    }
}
