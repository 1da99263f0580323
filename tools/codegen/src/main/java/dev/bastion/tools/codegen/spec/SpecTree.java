package dev.bastion.tools.codegen.spec;

import java.util.Map;

/**
 * A spec as plain data (maps, lists, strings, booleans, numbers, nulls) and the line each value is
 * on, by path ({@code aggregates[0].fields[2].name}). A spec that came as JSON has no lines.
 */
public record SpecTree(Object root, Map<String, Integer> lines) {

    public SpecTree {
        lines = Map.copyOf(lines);
    }

    /** The line of {@code path}, else of the nearest enclosing value that has one, else 0. */
    public int lineOf(String path) {
        String p = path;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            if (cut <= 0) {
                return lines.getOrDefault("", 0);
            }
            p = p.substring(0, cut);
        }
    }
}
