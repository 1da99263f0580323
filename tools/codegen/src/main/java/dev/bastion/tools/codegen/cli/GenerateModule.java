package dev.bastion.tools.codegen.cli;

import dev.bastion.tools.codegen.GeneratedFile;
import dev.bastion.tools.codegen.ModuleGenerator;
import dev.bastion.tools.codegen.SpecException;
import dev.bastion.tools.codegen.SpecProblem;
import dev.bastion.tools.codegen.spec.ModuleSpec;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The generator from the command line: reads a spec, writes the module into a repository.
 *
 * <pre>./mvnw -q -pl tools/codegen compile exec:java -Dspec=specs/asset.yml [-DdryRun] [-Dforce] [-Dinto=dir]</pre>
 *
 * Arguments: {@code --spec=<file>} (relative to the current folder, else to {@code --into}),
 * {@code --into=<repository root>}, {@code --dry-run[=true]} (print the file list, write nothing),
 * {@code --force[=true]} (overwrite files that exist). Without {@code --force}, a file that exists
 * stops the run before anything is written. Exit codes: 0 done, 1 a bad spec (each problem printed
 * as {@code <spec>:<line>: <field>: <message>}), 2 files exist, 64 bad arguments.
 */
public final class GenerateModule {

    static final int OK = 0;
    static final int BAD_SPEC = 1;
    static final int FILES_EXIST = 2;
    static final int USAGE = 64;

    private final PrintStream out;
    private final PrintStream err;

    GenerateModule(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        int code = new GenerateModule(System.out, System.err).run(args);
        if (code != OK) {
            System.exit(code);
        }
    }

    int run(String[] args) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println("usage: ./mvnw -q -pl tools/codegen compile exec:java -Dspec=specs/<name>.yml [-DdryRun] [-Dforce] [-Dinto=<repository root>]");
            return USAGE;
        }
        Path specFile = arguments.specFile();
        String yaml;
        try {
            yaml = Files.readString(specFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println(arguments.spec() + ": cannot read it: " + e.getMessage());
            return USAGE;
        }
        ModuleSpec spec;
        try {
            spec = ModuleGenerator.readYaml(yaml);
        } catch (SpecException e) {
            for (SpecProblem problem : e.problems()) {
                err.println(problem.describe(arguments.spec()));
            }
            err.println("nothing written: " + e.problems().size() + " problem(s) in the spec");
            return BAD_SPEC;
        }
        List<GeneratedFile> files = new ModuleGenerator().generate(spec);
        Path root = arguments.into();
        List<GeneratedFile> existing = files.stream().filter(f -> Files.exists(root.resolve(f.path()))).toList();
        if (!existing.isEmpty() && !arguments.force()) {
            existing.forEach(f -> err.println(f.path() + ": exists (--force to overwrite)"));
            err.println("nothing written: " + existing.size() + " file(s) exist");
            return FILES_EXIST;
        }
        Path modulesPom = root.resolve("modules/pom.xml");
        String pomBefore = read(modulesPom);
        String pomAfter = ModulesPom.withModule(pomBefore, spec.context());
        String verb = arguments.dryRun() ? "would " : "";
        for (GeneratedFile file : files) {
            String action = existing.contains(file) ? "overwrite" : "write";
            out.println(verb + action + ": " + file.path());
        }
        if (!pomAfter.equals(pomBefore)) {
            out.println(verb + "modify: modules/pom.xml");
        }
        if (arguments.dryRun()) {
            return OK;
        }
        List<Path> written = new ArrayList<>();
        for (GeneratedFile file : files) {
            Path target = root.resolve(file.path());
            write(target, file.content());
            written.add(target);
        }
        if (!pomAfter.equals(pomBefore)) {
            write(modulesPom, pomAfter);
        }
        out.println(written.size() + " file(s) written into " + root.resolve("modules/" + spec.context()));
        return OK;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " (is --into the repository root?)", e);
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
