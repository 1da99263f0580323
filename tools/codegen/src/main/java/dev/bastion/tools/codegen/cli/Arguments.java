package dev.bastion.tools.codegen.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The command line's arguments: {@code --spec=}, {@code --into=}, {@code --dry-run[=bool]},
 * {@code --force[=bool]}. Empty values count as absent (Maven passes every property, set or not).
 */
record Arguments(String spec, Path into, boolean dryRun, boolean force) {

    static Arguments parse(String[] args) {
        String spec = null;
        Path into = Path.of("").toAbsolutePath();
        boolean dryRun = false;
        boolean force = false;
        for (String arg : args) {
            int eq = arg.indexOf('=');
            String key = eq < 0 ? arg : arg.substring(0, eq);
            String value = eq < 0 ? "true" : arg.substring(eq + 1);
            switch (key) {
                case "--spec" -> spec = value.isBlank() ? null : value;
                case "--into" -> into = value.isBlank() ? into : Path.of(value).toAbsolutePath().normalize();
                case "--dry-run" -> dryRun = flag(key, value);
                case "--force" -> force = flag(key, value);
                default -> throw new IllegalArgumentException("unknown argument: " + arg);
            }
        }
        if (spec == null) {
            throw new IllegalArgumentException("no spec given (-Dspec=specs/<name>.yml)");
        }
        return new Arguments(spec, into, dryRun, force);
    }

    /** The spec as given, when it exists from the current folder; else relative to the repository root. */
    Path specFile() {
        Path given = Path.of(spec);
        return given.isAbsolute() || Files.exists(given) ? given : into.resolve(given);
    }

    private static boolean flag(String key, String value) {
        return switch (value) {
            case "true" -> true;
            case "", "false" -> false;
            default -> throw new IllegalArgumentException(key + " takes true or false, not " + value);
        };
    }
}
