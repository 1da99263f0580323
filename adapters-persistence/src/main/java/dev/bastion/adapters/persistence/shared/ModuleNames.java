package dev.bastion.adapters.persistence.shared;

import io.micronaut.core.value.PropertyResolver;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** How a business module is named: the segment after {@code dev.bastion.modules.} in its packages. */
public final class ModuleNames {

    public static final String ROOT_PACKAGE = "dev.bastion.modules";
    public static final String DISABLED_PROPERTY = "bastion.modules.disabled";
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]{0,29}");

    private ModuleNames() {
    }

    /** The module a package belongs to, empty for a package outside {@code dev.bastion.modules..}. */
    public static Optional<String> ofPackage(String packageName) {
        if (!packageName.startsWith(ROOT_PACKAGE + ".")) {
            return Optional.empty();
        }
        String rest = packageName.substring(ROOT_PACKAGE.length() + 1);
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }

    public static boolean isValid(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /** The names listed in {@code bastion.modules.disabled}: comma-separated, blanks ignored, any case. */
    public static Set<String> disabled(PropertyResolver properties) {
        String listed = properties.get(DISABLED_PROPERTY, String.class).orElse("");
        return Arrays.stream(listed.split(","))
                .map(name -> name.trim().toLowerCase(Locale.ROOT))
                .filter(name -> !name.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
