package dev.bastion.adapters.rest.codegen;

import dev.bastion.adapters.rest.security.RequiresPermission;
import dev.bastion.adapters.rest.shared.OperationTitle;
import dev.bastion.tools.codegen.GeneratedFile;
import dev.bastion.tools.codegen.ModuleGenerator;
import dev.bastion.tools.codegen.spec.ModuleSpec;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;

/**
 * The module generator (tools/codegen) for an admin UI: a spec in, the module's files out, as JSON
 * to look at or as a zip to unpack into the repository. Nothing is written on the server. The
 * generator is a stateless tool, not a bounded context, so it is called directly (no use case:
 * application must not know the spec model; docs/architecture.md, "Tools").
 */
@Controller("/api/v1/codegen")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Code generator")
class CodegenController {

    static final String APPLICATION_ZIP = "application/zip";

    private final ModuleGenerator generator = new ModuleGenerator();

    @Post("/preview")
    @RequiresPermission("tool:codegen:preview")
    @OperationTitle("preview module")
    @Operation(operationId = "previewModule",
            summary = "The files the generator writes for a module spec (the YAML spec's structure as JSON, "
                    + "docs/extending.md): paths relative to the repository root and contents; a bad spec is "
                    + "refused naming each field (aggregates[0].fields[2].name)",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ModuleSpecDocument.class))),
            security = @SecurityRequirement(name = "bearerAuth"))
    GeneratedModuleResponse preview(@Body Map<String, Object> spec) {
        ModuleSpec module = ModuleGenerator.fromTree(spec);
        return GeneratedModuleResponse.of(module.context(), generator.generate(module));
    }

    @Post("/download")
    @Produces(APPLICATION_ZIP)
    @RequiresPermission("tool:codegen:download")
    @OperationTitle("download module")
    @Operation(operationId = "downloadModule",
            summary = "The same files as POST /codegen/preview, as a zip named <context>.zip whose entries are "
                    + "their paths: unpack it at the repository root",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ModuleSpecDocument.class))),
            responses = @ApiResponse(responseCode = "200", description = "The module's files, zipped",
                    content = @Content(mediaType = APPLICATION_ZIP, schema = @Schema(type = "string", format = "binary"))),
            security = @SecurityRequirement(name = "bearerAuth"))
    HttpResponse<byte[]> download(@Body Map<String, Object> spec) {
        ModuleSpec module = ModuleGenerator.fromTree(spec);
        List<GeneratedFile> files = generator.generate(module);
        return HttpResponse.ok(ModuleZip.of(files))
                .contentType(MediaType.of(APPLICATION_ZIP))
                // the context is a checked lower-case name ([a-z][a-z0-9]*), safe inside the quotes
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + module.context() + ".zip\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
