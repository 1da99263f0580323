package dev.bastion.tools.codegen;

import dev.bastion.tools.codegen.model.ModuleModel;
import dev.bastion.tools.codegen.render.ModuleFiles;
import dev.bastion.tools.codegen.spec.ModuleSpec;
import dev.bastion.tools.codegen.spec.SpecTree;
import dev.bastion.tools.codegen.spec.SpecValidator;
import dev.bastion.tools.codegen.spec.YamlSpecReader;
import java.util.List;
import java.util.Map;

/**
 * The module generator: a spec in (YAML text, or the tree of a JSON body), validated with every
 * problem collected; then the files of a business module in inventory's shape out. It writes
 * nothing itself: the command line ({@code cli.GenerateModule}) and the HTTP endpoints do.
 */
public final class ModuleGenerator {

    private final ModuleFiles files = new ModuleFiles();

    /** Parses and validates a YAML spec; refused with a {@link SpecException} naming each problem's line. */
    public static ModuleSpec readYaml(String yaml) {
        return SpecValidator.validate(YamlSpecReader.read(yaml));
    }

    /** Validates a spec given as a JSON body's tree (maps, lists, strings, numbers, booleans); problems have line 0. */
    public static ModuleSpec fromTree(Map<String, Object> tree) {
        return SpecValidator.validate(new SpecTree(tree, Map.of()));
    }

    /** The files of the module, paths relative to the repository root. Pure: writes nothing. */
    public List<GeneratedFile> generate(ModuleSpec spec) {
        return files.of(new ModuleModel(spec));
    }
}
