package dev.bastion.adapters.rest.codegen;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

/**
 * The OpenAPI description of a module spec (docs/extending.md, "With the generator"), for clients
 * and the docs page only: the body is read as a plain JSON tree and checked by the generator itself,
 * which names each problem by its path, so no value of these types is ever made.
 */
@Schema(name = "ModuleSpec", description = "A module spec: the YAML spec of docs/extending.md as JSON")
record ModuleSpecDocument(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = "^[a-z][a-z0-9]{0,29}$",
                description = "the module's name; not a core context or shipped module", example = "assets")
        String context,
        @ArraySchema(arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED),
                minItems = 1, maxItems = 20) List<Aggregate> aggregates) {

    @Schema(name = "ModuleSpecAggregate")
    record Aggregate(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = "^[A-Z][A-Za-z0-9]{0,39}$", example = "Asset")
            String name,
            @Schema(description = "the data scope applies (default false)") Boolean ownedByDepartment,
            @Schema(description = "default true; false removes the row") Boolean softDelete,
            @Schema(allowableValues = {"flat", "tree"}, description = "default flat") String shape,
            @Schema(description = "another aggregate of the spec this one belongs to for life", nullable = true)
            String parent,
            @Nullable @ArraySchema(maxItems = 5,
                    arraySchema = @Schema(description = "each 1 to 4 field names (no text field)"))
            List<List<String>> uniqueKeys,
            @ArraySchema(arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED), minItems = 1,
                    maxItems = 60) List<Field> fields) {
    }

    @Schema(name = "ModuleSpecField")
    record Field(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = "^[a-z][A-Za-z0-9]{0,39}$", example = "tag")
            String name,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"string", "text", "integer", "long",
                    "decimal", "boolean", "date", "instant", "enum"})
            String type,
            @Nullable @Schema(description = "refused when missing (default false)") Boolean required,
            @Schema(minimum = "1", maximum = "4000", description = "string fields; default 255") Integer maxLength,
            @Schema(minimum = "1", maximum = "38", description = "decimal fields; default 19") Integer precision,
            @Schema(minimum = "0", maximum = "38", description = "decimal fields; 0 to precision, default 2") Integer scale,
            @Schema(description = "number fields: the smallest value, inclusive") BigDecimal min,
            @Schema(description = "number fields: the largest value, inclusive") BigDecimal max,
            @Nullable @ArraySchema(minItems = 1, maxItems = 100,
                    arraySchema = @Schema(description = "enum fields: UPPER_SNAKE constants"))
            List<String> values,
            @JsonProperty("default")
            @Schema(oneOf = {String.class, Boolean.class},
                    description = "enum fields: one of the values; boolean fields: true or false")
            Object defaultValue,
            @Schema(description = "string and text fields: the listing's search matches it") Boolean search,
            @Schema(description = "enum, boolean, string, integer, long and date fields: the listing filters on it")
            Boolean filter) {
    }
}
