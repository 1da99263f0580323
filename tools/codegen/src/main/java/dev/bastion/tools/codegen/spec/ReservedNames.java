package dev.bastion.tools.codegen.spec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The fixed lists of names a spec may not use (resources under {@code codegen/names}), compared ignoring case. */
final class ReservedNames {

    static final Set<String> JAVA = load("java-reserved.txt");
    static final Set<String> SQL = load("sql-reserved.txt");
    static final Set<String> GENERATED_FIELDS = load("generated-fields.txt");
    static final Set<String> TAKEN_CONTEXTS = load("taken-contexts.txt");
    static final Set<String> TAKEN_TYPES = load("taken-types.txt");

    private ReservedNames() {
    }

    static boolean in(Set<String> list, String name) {
        return list.contains(name.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load(String file) {
        String resource = "/codegen/names/" + file;
        try (InputStream in = ReservedNames.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
