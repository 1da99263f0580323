package dev.bastion.tools.codegen;

/**
 * One thing wrong with a spec: the line it is on (1-based; 0 when the spec came as JSON), the
 * field as a path ({@code aggregates[0].fields[2].name}, {@code ""} for the whole spec) and what is wrong.
 */
public record SpecProblem(int line, String field, String message) {

    /** {@code <source>:<line>: <field>: <message>}, the way the command line prints it. */
    public String describe(String source) {
        String where = field.isEmpty() ? "" : field + ": ";
        return source + ":" + line + ": " + where + message;
    }
}
