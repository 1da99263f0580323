package dev.bastion.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/permissions.md} is the list of every API operation and who may call it, made from
 * the controllers' annotations. This test fails when the file and the code disagree; run it with
 * {@code -Dbastion.write-docs=true} to write the file anew.
 */
class PermissionsDocTest {

    private static final Path DOC = Path.of("..", "docs", "permissions.md");
    private static final List<String> HTTP = List.of("Get", "Post", "Put", "Delete", "Patch");

    record Operation(String access, String method, String path) {
    }

    @Test
    void docs_permissions_md_lists_every_operation_as_the_code_declares_it() throws Exception {
        String expected = render(operations());
        if (Boolean.getBoolean("bastion.write-docs")) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
                .as("docs/permissions.md is out of date; regenerate with "
                        + "./mvnw -pl architecture-tests -am verify -Dbastion.write-docs=true "
                        + "-Dtest=PermissionsDocTest -Dsurefire.failIfNoSpecifiedTests=false")
                .isEqualTo(expected);
    }

    static List<Operation> operations() {
        JavaClasses classes = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("dev.bastion.adapters.rest");
        List<Operation> operations = new ArrayList<>();
        for (JavaClass controller : classes) {
            Optional<String> base = annotationValue(controller.tryGetAnnotationOfType(
                    "io.micronaut.http.annotation.Controller"));
            if (base.isEmpty() || !base.get().startsWith("/api/")) {
                continue;
            }
            for (JavaMethod method : controller.getMethods()) {
                for (String verb : HTTP) {
                    method.tryGetAnnotationOfType("io.micronaut.http.annotation." + verb).ifPresent(http ->
                            operations.add(new Operation(access(method), verb.toUpperCase(),
                                    base.get() + annotationValue(Optional.of(http)).orElse(""))));
                }
            }
        }
        operations.sort(Comparator.comparing(Operation::path).thenComparing(Operation::method));
        return operations;
    }

    private static String access(JavaMethod method) {
        Optional<String> permission = annotationValue(method.tryGetAnnotationOfType(
                "dev.bastion.adapters.rest.security.RequiresPermission"));
        if (permission.isPresent()) {
            return "`" + permission.get() + "`";
        }
        String secured = method.tryGetAnnotationOfType("io.micronaut.security.annotation.Secured")
                .map(a -> String.valueOf(a.get("value").map(v -> v instanceof Object[] values
                        ? String.join(",", java.util.Arrays.stream(values).map(String::valueOf).toList())
                        : String.valueOf(v)).orElse("")))
                .orElse("");
        return switch (secured) {
            case "isAnonymous()" -> "public";
            case "isAuthenticated()" -> "signed in";
            default -> "undeclared";
        };
    }

    private static Optional<String> annotationValue(Optional<? extends JavaAnnotation<?>> annotation) {
        return annotation.flatMap(a -> a.get("value").or(() -> a.get("uri")))
                .map(value -> value instanceof Object[] values ? String.valueOf(values[0]) : String.valueOf(value))
                .filter(value -> !value.isEmpty() && !value.equals("/"));
    }

    /** The authorization model's rules on top of the permission, written by hand: they are not annotations. */
    static final String BEYOND_THE_PERMISSION = """

            ## Beyond the permission

            Holding an operation's permission is necessary, not sufficient: nobody grants, widens or
            takes over more than they hold (see [security.md](security.md#authorization-model)).

            | operations | also needed | otherwise |
            |---|---|---|
            | `POST /roles`, `PUT /roles/{id}`, `DELETE /roles/{id}` | every permission the role grants (its menu entries', enabled or not), before and after, implied by the caller's; its data scope, before and after and for the department of each holder, inside the caller's | 403 `FORBIDDEN`; a CUSTOM department outside the caller's scope: 400 on `deptIds` |
            | `POST /menus`, `PUT /menus/{id}`, `DELETE /menus/{id}` | the entry's permission, before and after, held by the caller; when its permission or status changes, every role granting it as above | 403 `FORBIDDEN` |
            | `POST /users`, `PUT /users/{id}` (`roleIds`, `deptId`), `POST /users/import` | each role given or taken grantable by the caller to a user of the user's (new) department | 403 `FORBIDDEN` |
            | `PUT /users/{id}`, `DELETE /users/{id}`, `PUT /users/{id}/password`, `PUT /users/{id}/status`, `DELETE /users/{id}/lock` | the user in the caller's data scope and within reach: every role they hold grantable by the caller (so only a super admin acts on a super admin) | 404 outside the scope, 403 `FORBIDDEN` out of reach |
            | `GET /depts`, `GET /depts/{id}`, `PUT /depts/{id}`, `DELETE /depts/{id}`, `POST /depts` | the department (for a create: its parent) in the caller's data scope; a move: the department, everything under it, its parent and its new parent in scope | 404 (absent from the tree); a move: 403 `FORBIDDEN` for a parent or sub-department outside, 400 on `parentId` for a new parent outside |
            | `POST /notices`, `PUT /notices/{id}` (`audience`) | an audience within the caller's reach: `all: true` or any `roleIds` need a data scope of ALL; each of `deptIds` in the caller's data scope; each of `userIds` a user in the caller's data scope | 403 `FORBIDDEN` for `all` or roles; 400 on the element (`audience.deptIds[1]`, `audience.userIds[0]`) for a department or user outside, as for one that does not exist |
            | `PUT /notices/{id}`, `DELETE /notices/{id}`, `POST /notices/{id}/publish`, `POST /notices/{id}/revoke` | the notice's stored audience within the caller's reach as above (departments and users deleted since do not count) | 403 `FORBIDDEN` |
            | `GET/POST /dict-types`, `GET/PUT/DELETE /dict-types/{id}`, `GET/POST /dict-items`, `PUT/DELETE /dict-items/{id}`; `GET /dict-types/{code}/items` (signed in) | nothing: a dictionary grants no permission and belongs to no department, so neither the grant rule nor a data scope applies | — |
            | `GET /configs`, `GET /configs/{idOrKey}`, `POST /configs`, `PUT /configs/{idOrKey}`, `DELETE /configs/{idOrKey}` | nothing more: a parameter grants no permission and lies in no data scope. But `system:config:update` can weaken sign-in security (the built-in `security.*` parameters: lockout, password policy, token lifetimes, login mode; a value is still held to its constraints and to the rules between them, so it cannot break sign-in), so by default only `admin` holds it (and `super_admin`, through `*`): give it as carefully as `system:role:update` | — |
            | `POST /jobs`, `PUT /jobs/{id}`, `DELETE /jobs/{id}`, `PUT /jobs/{id}/status` (enabling), `POST /jobs/{id}/run` | every permission the job's handler declares (`requiredPermissions` in `GET /job-handlers`, e.g. `monitor:login-log:delete` and `monitor:operation-log:delete` for `audit.purge-logs`), so nobody schedules work they could not do by hand; for an update, both the current and the new handler's | 403 `FORBIDDEN` |
            """;

    static String render(List<Operation> operations) {
        StringBuilder doc = new StringBuilder("""
                # Permissions

                Every operation of the API and who may call it, as the code declares it (made from the
                controllers by `PermissionsDocTest`, which fails when this file and the code disagree).
                A permission is granted by a role; `*` in a segment matches anything and a lone `*` is
                everything (the `super_admin` role). "signed in" needs a valid access token only;
                "public" needs nothing. These are the core's operations; a business module lists its
                own in its README (the shipped one: [modules/inventory](../modules/inventory/README.md)),
                granted by its menus like the core's.

                | permission | method | path |
                |---|---|---|
                """);
        for (Operation operation : operations) {
            doc.append("| ").append(operation.access()).append(" | ").append(operation.method()).append(" | `")
                    .append(operation.path()).append("` |\n");
        }
        return doc.append(BEYOND_THE_PERMISSION).toString();
    }
}
