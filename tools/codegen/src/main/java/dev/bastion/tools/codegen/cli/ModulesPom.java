package dev.bastion.tools.codegen.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds a module to {@code modules/pom.xml} the way inventory is listed there: as a {@code <module>}
 * and as a {@code <dependency>} (so that depending on {@code bastion-modules} brings it; with its
 * version, since the root pom manages only the shipped modules' versions). Idempotent:
 * a module already listed is left as it is. The name was validated ({@code [a-z][a-z0-9]*}).
 */
final class ModulesPom {

    private static final Pattern LAST_MODULE = Pattern.compile("(?s).*(\\n[ \\t]*<module>[^<]*</module>)");
    private static final Pattern LAST_DEPENDENCY = Pattern.compile("(?s).*(\\n[ \\t]*</dependency>)");

    private ModulesPom() {
    }

    static String withModule(String pom, String name) {
        String updated = pom;
        if (!pom.contains("<module>" + name + "</module>")) {
            updated = insertAfter(updated, LAST_MODULE, "\n    <module>" + name + "</module>");
        }
        String artifact = "<artifactId>bastion-module-" + name + "</artifactId>";
        if (!pom.contains(artifact)) {
            updated = insertAfter(updated, LAST_DEPENDENCY, "\n    <dependency>\n      <groupId>dev.bastion</groupId>\n      "
                    + artifact + "\n      <version>${project.version}</version>\n    </dependency>");
        }
        return updated;
    }

    private static String insertAfter(String text, Pattern lastOf, String addition) {
        Matcher m = lastOf.matcher(text);
        if (!m.lookingAt()) {
            throw new IllegalStateException("modules/pom.xml lists no module or dependency to add after");
        }
        int at = m.end(1);
        return text.substring(0, at) + addition + text.substring(at);
    }
}
