package dev.bastion.tools.codegen.spec;

import dev.bastion.tools.codegen.SpecException;
import dev.bastion.tools.codegen.SpecProblem;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a YAML spec through SnakeYAML's node API (not into objects: no tag of the text can make a
 * class), keeping each value's line. Scalars become strings, booleans, numbers ({@link BigDecimal})
 * or null by their resolved YAML tag; a key given twice, an alias or a tag of its own is a problem.
 */
public final class YamlSpecReader {

    private static final int MAX_CHARS = 200_000;
    /** What YAML 1.1 (SnakeYAML's resolver) reads as true; the other words it tags as booleans are false. */
    private static final Set<String> TRUE_WORDS = Set.of("true", "yes", "on");

    private final Map<String, Integer> lines = new HashMap<>();
    private final List<SpecProblem> problems = new ArrayList<>();

    private YamlSpecReader() {
    }

    public static SpecTree read(String yaml) {
        if (yaml == null || yaml.isBlank()) {
            throw new SpecException(List.of(new SpecProblem(1, "", "the spec is empty")));
        }
        if (yaml.length() > MAX_CHARS) {
            throw new SpecException(List.of(new SpecProblem(1, "", "the spec is longer than " + MAX_CHARS
                    + " characters")));
        }
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(0);
        Node root;
        try {
            root = new Yaml(new SafeConstructor(options)).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            throw new SpecException(List.of(new SpecProblem(line, "", "not valid YAML: " + e.getProblem())));
        } catch (YAMLException e) {
            throw new SpecException(List.of(new SpecProblem(1, "", "not valid YAML: " + e.getMessage())));
        }
        if (root == null) {
            throw new SpecException(List.of(new SpecProblem(1, "", "the spec is empty")));
        }
        YamlSpecReader reader = new YamlSpecReader();
        Object tree = reader.value("", root);
        if (!reader.problems.isEmpty()) {
            throw new SpecException(reader.problems);
        }
        return new SpecTree(tree, reader.lines);
    }

    private Object value(String path, Node node) {
        lines.putIfAbsent(path, node.getStartMark().getLine() + 1);
        if (node instanceof MappingNode mapping) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                if (!(tuple.getKeyNode() instanceof ScalarNode key) || !Tag.STR.equals(key.getTag())) {
                    problem(tuple.getKeyNode(), path, "a key must be a plain name");
                    continue;
                }
                String childPath = path.isEmpty() ? key.getValue() : path + "." + key.getValue();
                if (map.containsKey(key.getValue())) {
                    problem(key, childPath, "given twice");
                    continue;
                }
                lines.put(childPath, key.getStartMark().getLine() + 1);
                map.put(key.getValue(), value(childPath, tuple.getValueNode()));
            }
            return map;
        }
        if (node instanceof SequenceNode sequence) {
            List<Object> list = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                list.add(value(path + "[" + list.size() + "]", item));
            }
            return list;
        }
        return scalar(path, (ScalarNode) node);
    }

    private Object scalar(String path, ScalarNode node) {
        Tag tag = node.getTag();
        String text = node.getValue();
        if (Tag.NULL.equals(tag)) {
            return null;
        }
        if (Tag.BOOL.equals(tag)) {
            return TRUE_WORDS.contains(text.toLowerCase(Locale.ROOT));
        }
        if (Tag.INT.equals(tag) || Tag.FLOAT.equals(tag)) {
            try {
                return new BigDecimal(text.replace("_", ""));
            } catch (NumberFormatException e) {
                problem(node, path, "not a plain decimal number: " + text);
                return null;
            }
        }
        if (!Tag.STR.equals(tag)) {
            problem(node, path, "tags are not allowed in a spec");
            return null;
        }
        return text;
    }

    private void problem(Node node, String path, String message) {
        problems.add(new SpecProblem(node.getStartMark().getLine() + 1, path, message));
    }
}
