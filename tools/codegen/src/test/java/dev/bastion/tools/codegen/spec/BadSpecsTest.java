package dev.bastion.tools.codegen.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.tools.codegen.ModuleGenerator;
import dev.bastion.tools.codegen.SpecException;
import dev.bastion.tools.codegen.SpecProblem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each kind of bad spec is refused with the line and the field of the problem, before anything is
 * generated ({@link ModuleGenerator#readYaml} throws, so there is no spec to generate from).
 */
class BadSpecsTest {

    /** A valid spec; the cases below change one line of it (lines are numbered from 1). */
    private static final List<String> VALID = List.of(
            "context: assets",                                                          // 1
            "aggregates:",                                                              // 2
            "  - name: Asset",                                                          // 3
            "    ownedByDepartment: true",                                              // 4
            "    uniqueKeys: [[tag]]",                                                  // 5
            "    fields:",                                                              // 6
            "      - {name: tag, type: string, required: true, maxLength: 32}",         // 7
            "      - {name: status, type: enum, values: [IN_USE, RETIRED], default: IN_USE}", // 8
            "      - {name: cost, type: decimal, precision: 12, scale: 2, min: 0}");    // 9

    private static String with(int line, String text) {
        List<String> lines = new java.util.ArrayList<>(VALID);
        lines.set(line - 1, text);
        return String.join("\n", lines) + "\n";
    }

    private static List<SpecProblem> problemsOf(String yaml) {
        try {
            ModuleGenerator.readYaml(yaml);
        } catch (SpecException e) {
            return e.problems();
        }
        throw new AssertionError("the spec was accepted:\n" + yaml);
    }

    @Test
    void the_valid_spec_is_read_with_its_defaults() {
        ModuleSpec spec = ModuleGenerator.readYaml(String.join("\n", VALID));

        AggregateSpec asset = spec.aggregate("Asset");
        assertThat(spec.context()).isEqualTo("assets");
        assertThat(asset.ownedByDepartment()).isTrue();
        assertThat(asset.softDelete()).isTrue();
        assertThat(asset.shape()).isEqualTo(Shape.FLAT);
        assertThat(asset.uniqueKeys()).containsExactly(List.of("tag"));
        assertThat(asset.field("status").defaultValue()).isEqualTo("IN_USE");
        assertThat(asset.field("cost").min()).isEqualByComparingTo("0");
        assertThat(asset.field("cost").scale()).isEqualTo(2);
    }

    @ParameterizedTest(name = "line {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            7 | '      - {name: class, type: string}'                 | aggregates[0].fields[0].name | "class" is a Java reserved word
            7 | '      - {name: "null", type: string}'                 | aggregates[0].fields[0].name | "null" is a Java reserved word
            7 | '      - {name: order, type: string}'                 | aggregates[0].fields[0].name | "order" (its column) is an SQL reserved word
            7 | '      - {name: createdAt, type: instant}'            | aggregates[0].fields[0].name | "createdAt" is a name the generated code uses itself
            7 | '      - {name: deptId, type: string}'                | aggregates[0].fields[0].name | a name the generated code uses itself
            8 | '      - {name: TAG, type: string}'                   | aggregates[0].fields[1].name | must be camelCase
            8 | '      - {name: tag, type: integer}'                  | aggregates[0].fields[1].name | "tag" is a duplicate of aggregates[0].fields[0].name
            7 | '      - {name: tag, type: strin}'                    | aggregates[0].fields[0].type | unknown type "strin"
            7 | '      - {name: "ta''g", type: string}'               | aggregates[0].fields[0].name | must not contain a quote, a semicolon or a space
            7 | '      - {name: "tag;drop", type: string}'            | aggregates[0].fields[0].name | must not contain a quote, a semicolon or a space
            7 | '      - {name: "tag x", type: string}'               | aggregates[0].fields[0].name | must not contain a quote, a semicolon or a space
            7 | '      - {name: tag, type: string, colour: red}'      | aggregates[0].fields[0].colour | unknown key
            7 | '      - {name: tag, type: string, maxLength: 5000}'  | aggregates[0].fields[0].maxLength | must be a whole number from 1 to 4000
            7 | '      - {name: tag, type: string, maxLength: 0}'     | aggregates[0].fields[0].maxLength | must be a whole number from 1 to 4000
            7 | '      - {name: tag, type: integer, maxLength: 3}'    | aggregates[0].fields[0].maxLength | applies to string fields only
            7 | '      - {name: tag, type: string, required: maybe}'  | aggregates[0].fields[0].required | must be true or false
            7 | '      - {name: tag, type: string, search: true, filter: true, min: 1}' | aggregates[0].fields[0].min | applies to number fields only
            7 | '      - {name: tag, type: integer, min: 1.5}'        | aggregates[0].fields[0].min | must be a whole number
            7 | '      - {name: tag, type: integer, min: 3000000000}' | aggregates[0].fields[0].min | does not fit a integer
            7 | '      - {name: tag, type: integer, min: 5, max: 1}'  | aggregates[0].fields[0].max | must not be less than min
            7 | '      - {name: tag, type: integer, search: true}'    | aggregates[0].fields[0].search | applies to string and text fields only
            7 | '      - {name: tag, type: text, filter: true}'       | aggregates[0].fields[0].filter | applies to enum, boolean, string
            7 | '      - {name: tag, type: string, default: x}'       | aggregates[0].fields[0].default | applies to enum and boolean fields only
            8 | '      - {name: status, type: enum}'                  | aggregates[0].fields[1].values | is required for an enum field
            8 | '      - {name: status, type: enum, values: [in_use]}' | aggregates[0].fields[1].values[0] | must be UPPER_SNAKE
            8 | '      - {name: status, type: enum, values: [A, A]}'  | aggregates[0].fields[1].values[1] | "A" is given twice
            8 | '      - {name: status, type: enum, values: [A], default: B}' | aggregates[0].fields[1].default | must be one of the values
            9 | '      - {name: cost, type: decimal, precision: 4, scale: 5}' | aggregates[0].fields[2].scale | must be a whole number from 0 to 4
            9 | '      - {name: cost, type: decimal, precision: 41}'  | aggregates[0].fields[2].precision | must be a whole number from 1 to 38
            9 | '      - {name: cost, type: decimal, scale: 2, min: 0.001}' | aggregates[0].fields[2].min | has more than 2 decimals
            9 | '      - {name: cost, type: decimal, precision: 3, scale: 2, max: 10}' | aggregates[0].fields[2].max | more digits than the field's precision
            5 | '    uniqueKeys: [[tag, nope]]'                       | aggregates[0].uniqueKeys[0][1] | "nope" is not a field of this aggregate
            5 | '    uniqueKeys: [[tag, tag]]'                        | aggregates[0].uniqueKeys[0][1] | "tag" is given twice in this key
            5 | '    uniqueKeys: [[tag], [tag]]'                      | aggregates[0].uniqueKeys[1] | the same key is given twice
            5 | '    uniqueKeys: tag'                                 | aggregates[0].uniqueKeys | must be a list
            4 | '    ownedByDepartment: yes please'                   | aggregates[0].ownedByDepartment | must be true or false
            4 | '    shape: round'                                    | aggregates[0].shape | must be flat or tree
            4 | '    parent: Asset'                                   | aggregates[0].parent | cannot be its own parent
            4 | '    parent: Warehouse'                               | aggregates[0].parent | "Warehouse" is not an aggregate of this spec
            4 | '    colour: red'                                     | aggregates[0].colour | unknown key
            3 | '  - name: asset'                                     | aggregates[0].name | must be PascalCase
            3 | '  - name: Page'                                      | aggregates[0].name | a type the generated code uses itself
            3 | '  - name: Department'                                | aggregates[0].name | a type the generated code uses itself
            3 | '  - name: Asset;Drop'                                | aggregates[0].name | must not contain a quote, a semicolon or a space
            3 | '  - name: AVeryLongAggregateNameThatGoesOnAndOnForever' | aggregates[0].name | must be 1 to 40 characters
            1 | 'context: Assets'                                     | context | must be a lower-case letter
            1 | 'context: inventory'                                  | context | taken by the core or a shipped module
            1 | 'context: package'                                    | context | a Java reserved word
            1 | 'context: abcdefghijabcdefghijabcdefghijk'             | context | must be 1 to 30 characters
            1 | 'context: assets-x'                                   | context | must be a lower-case letter
            1 | 'contxt: assets'                                      | contxt | unknown key
            1 | 'context: !thing assets'                              | context | tags are not allowed in a spec
            1 | 'context: !!java.net.URL [http://x]'                  | ''      | Global tag is not allowed
            """)
    void a_bad_spec_is_refused_on_the_line_and_field_of_the_problem(int line, String text, String field, String message) {
        List<SpecProblem> problems = problemsOf(with(line, text));

        assertThat(problems).anySatisfy(problem -> {
            assertThat(problem.line()).isEqualTo(line);
            assertThat(problem.field()).isEqualTo(field);
            assertThat(problem.message()).contains(message);
        });
    }

    @Test
    void every_problem_is_reported_at_once_in_the_order_of_the_spec() {
        String yaml = with(7, "      - {name: class, type: strin}").replace("context: assets", "context: Bad");

        assertThat(problemsOf(yaml)).extracting(SpecProblem::line, SpecProblem::field).containsSubsequence(
                org.assertj.core.groups.Tuple.tuple(1, "context"),
                org.assertj.core.groups.Tuple.tuple(7, "aggregates[0].fields[0].name"),
                org.assertj.core.groups.Tuple.tuple(7, "aggregates[0].fields[0].type"));
    }

    @Test
    void a_missing_key_is_reported_on_the_line_of_what_should_hold_it() {
        List<SpecProblem> problems = problemsOf("context: assets\naggregates:\n  - name: Asset\n");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.field()).isEqualTo("aggregates[0].fields");
            assertThat(p.message()).isEqualTo("is required");
        });
    }

    @Test
    void a_key_given_twice_is_refused_on_its_second_line() {
        assertThat(problemsOf("context: assets\ncontext: other\naggregates: []\n")).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("given twice");
        });
    }

    @Test
    void text_that_is_not_yaml_or_is_empty_is_refused_with_its_line() {
        assertThat(problemsOf("context: assets\naggregates: [\n  - {name: x\n")).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("not valid YAML"));
        assertThat(problemsOf("  \n")).singleElement().satisfies(p -> assertThat(p.message()).isEqualTo("the spec is empty"));
        assertThat(problemsOf("- just\n- a list\n")).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("must be a mapping of keys to values"));
    }

    @Test
    void names_the_generator_derives_must_not_clash_across_aggregates() {
        String yaml = String.join("\n", VALID) + "\n  - name: AssetStatus\n    fields:\n      - {name: label, type: string}\n";

        assertThat(problemsOf(yaml)).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(10);
            assertThat(p.field()).isEqualTo("aggregates[1].name");
            assertThat(p.message()).contains("AssetStatus");
        });
    }

    @Test
    void an_aggregate_is_not_named_as_another_ones_adapter_class_or_a_type_the_adapters_use() {
        String rowClash = String.join("\n", VALID) + "\n  - name: AssetRow\n    fields:\n      - {name: label, type: string}\n";
        String shadow = String.join("\n", VALID) + "\n  - name: Connection\n    fields:\n      - {name: label, type: string}\n";

        assertThat(problemsOf(rowClash)).anySatisfy(p -> {
            assertThat(p.field()).isEqualTo("aggregates[1].name");
            assertThat(p.message()).contains("AssetRow").contains("clashes");
        });
        assertThat(problemsOf(shadow)).anySatisfy(p -> {
            assertThat(p.field()).isEqualTo("aggregates[1].name");
            assertThat(p.message()).contains("a type the generated code uses");
        });
    }

    @Test
    void aggregate_names_are_unique_ignoring_case_and_parents_are_one_level_and_own_no_department() {
        String yaml = String.join("\n", VALID) + """

                  - name: ASSET
                    fields: [{name: label, type: string}]
                  - name: Check
                    parent: Asset
                    ownedByDepartment: true
                    fields: [{name: label, type: string}]
                  - name: Note
                    parent: Check
                    fields: [{name: label, type: string}]
                """;

        assertThat(problemsOf(yaml)).extracting(SpecProblem::field, SpecProblem::line).contains(
                org.assertj.core.groups.Tuple.tuple("aggregates[1].name", 10),
                org.assertj.core.groups.Tuple.tuple("aggregates[2].ownedByDepartment", 14),
                org.assertj.core.groups.Tuple.tuple("aggregates[3].parent", 17));
    }

    @Test
    void a_spec_from_a_json_body_is_checked_the_same_way_with_line_0() {
        Map<String, Object> tree = Map.of("context", "assets", "aggregates", List.of(Map.of("name", "Asset",
                "fields", List.of(Map.of("name", "class", "type", "string"), Map.of("name", "n", "type", "integer",
                        "min", 2.5)))));

        assertThatThrownBy(() -> ModuleGenerator.fromTree(tree)).isInstanceOfSatisfying(SpecException.class,
                e -> assertThat(e.problems()).containsExactly(
                        new SpecProblem(0, "aggregates[0].fields[0].name", "\"class\" is a Java reserved word"),
                        new SpecProblem(0, "aggregates[0].fields[1].min", "must be a whole number")));
    }

    @Test
    void yaml_yes_and_on_are_true_as_yaml_reads_them() {
        ModuleSpec spec = ModuleGenerator.readYaml(with(4, "    ownedByDepartment: yes"));

        assertThat(spec.aggregate("Asset").ownedByDepartment()).isTrue();
    }
}
