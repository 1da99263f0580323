package dev.bastion.tools.codegen;

import java.nio.file.Files;
import java.nio.file.Path;

/** The sample specs: the repository's {@code specs/} folder, found from this module's folder, then this module's test resources. */
final class SampleSpecs {

    private SampleSpecs() {
    }

    static Path path(String name) {
        Path here = Path.of("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            Path spec = dir.resolve("specs").resolve(name);
            if (Files.exists(spec)) {
                return spec;
            }
        }
        Path resource = here.resolve("src/test/resources/specs").resolve(name);
        if (Files.exists(resource)) {
            return resource;
        }
        throw new IllegalStateException("specs/" + name + " not found above " + here);
    }
}
