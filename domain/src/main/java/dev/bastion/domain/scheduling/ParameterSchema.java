package dev.bastion.domain.scheduling;

import dev.bastion.domain.shared.InvalidValueException;
import dev.bastion.domain.shared.PrintableText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The parameters a handler takes, in the order a form shows them. */
public record ParameterSchema(List<ParameterSpec> parameters) {

    public static final ParameterSchema NONE = new ParameterSchema(List.of());

    public ParameterSchema {
        parameters = List.copyOf(parameters);
        if (parameters.stream().map(ParameterSpec::name).distinct().count() != parameters.size()) {
            throw new IllegalArgumentException("parameter names repeat: " + parameters);
        }
    }

    public static ParameterSchema of(ParameterSpec... parameters) {
        return new ParameterSchema(List.of(parameters));
    }

    /**
     * {@code given} (a JSON object's members; null is none) checked against the schema: each
     * member a declared parameter of its type and bounds, every required one present. What is
     * kept is what was given, normalised (defaults are not filled in: they stay the handler's).
     * Refused naming {@code parameters.<name>}.
     */
    public Map<String, Object> check(Map<String, ?> given) {
        Map<String, Object> accepted = new LinkedHashMap<>();
        Map<String, ?> members = given == null ? Map.of() : given;
        for (Map.Entry<String, ?> member : members.entrySet()) {
            ParameterSpec spec = find(member.getKey());
            if (member.getValue() == null) {
                if (spec.required()) {
                    throw new InvalidValueException("parameters." + spec.name(), "is required");
                }
                continue;
            }
            accepted.put(spec.name(), spec.accept(member.getValue()));
        }
        for (ParameterSpec spec : parameters) {
            if (spec.required() && !accepted.containsKey(spec.name())) {
                throw new InvalidValueException("parameters." + spec.name(), "is required");
            }
        }
        return accepted;
    }

    /** What a handler runs with: {@code stored} checked again (the handler may have changed since), defaults filled in. */
    public JobParameters resolve(Map<String, ?> stored) {
        Map<String, Object> values = new LinkedHashMap<>(check(stored));
        for (ParameterSpec spec : parameters) {
            if (!values.containsKey(spec.name()) && spec.defaultValue() != null) {
                values.put(spec.name(), spec.defaultValue());
            }
        }
        return new JobParameters(values);
    }

    private ParameterSpec find(String name) {
        for (ParameterSpec spec : parameters) {
            if (spec.name().equals(name)) {
                return spec;
            }
        }
        throw new InvalidValueException(fieldOf(name),
                parameters.isEmpty() ? "is not a parameter: this handler takes none"
                        : "is not a parameter of this handler; its parameters: "
                        + parameters.stream().map(ParameterSpec::name).collect(Collectors.joining(", ")));
    }

    /**
     * The field naming an unknown member: {@code parameters.<name>}, the name cut to 40 characters
     * (never inside a pair); just {@code parameters} when the name cannot be shown (none, or
     * unprintable), since the error goes back to the client as text.
     */
    private static String fieldOf(String name) {
        if (name == null || name.isEmpty() || name.codePoints().anyMatch(PrintableText::isUnprintable)) {
            return "parameters";
        }
        return "parameters." + (name.codePointCount(0, name.length()) > 40
                ? name.substring(0, name.offsetByCodePoints(0, 40)) + "…" : name);
    }
}
