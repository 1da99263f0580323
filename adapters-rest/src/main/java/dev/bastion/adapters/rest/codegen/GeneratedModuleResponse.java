package dev.bastion.adapters.rest.codegen;

import dev.bastion.tools.codegen.GeneratedFile;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * What the generator would write for a spec, for a UI to show as a tree of files: the module's
 * name, how many files, and each file's path (relative to the repository root, '/'-separated) and text.
 */
@Serdeable
@Schema(name = "GeneratedModule")
public record GeneratedModuleResponse(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "assets",
                description = "the spec's context: the module is modules/<context>") String context,
        int fileCount,
        List<File> files) {

    static GeneratedModuleResponse of(String context, List<GeneratedFile> files) {
        return new GeneratedModuleResponse(context, files.size(),
                files.stream().map(file -> new File(file.path(), file.content())).toList());
    }

    /** One generated file. */
    @Serdeable
    @Schema(name = "GeneratedFile")
    public record File(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "modules/assets/pom.xml") String path,
            String content) {
    }
}
