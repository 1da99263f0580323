package dev.bastion.adapters.rest.scheduling;

import dev.bastion.domain.scheduling.ParameterSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A handler's declared parameters written as JSON Schema. A duration is a string of
 * {@code format: duration}; its bounds (in milliseconds) have no JSON Schema keyword and are left
 * to the server, which names {@code parameters.<name>} when a value is out of them.
 */
final class ParameterSchemas {

    private ParameterSchemas() {
    }

    static ParametersSchema of(List<ParameterSpec> parameters) {
        Map<String, ParameterSchema> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (ParameterSpec spec : parameters) {
            properties.put(spec.name(), of(spec));
            if (spec.required()) {
                required.add(spec.name());
            }
        }
        return new ParametersSchema("object", properties, required, false);
    }

    private static ParameterSchema of(ParameterSpec spec) {
        return switch (spec.type()) {
            case STRING -> new ParameterSchema("string", null, spec.description(), spec.defaultValue(), null, null,
                    spec.min(), spec.max());
            case INTEGER -> new ParameterSchema("integer", null, spec.description(), spec.defaultValue(), spec.min(),
                    spec.max(), null, null);
            case BOOLEAN -> new ParameterSchema("boolean", null, spec.description(), spec.defaultValue(), null, null,
                    null, null);
            case DURATION -> new ParameterSchema("string", "duration", spec.description(), spec.defaultValue(), null,
                    null, null, null);
        };
    }
}
