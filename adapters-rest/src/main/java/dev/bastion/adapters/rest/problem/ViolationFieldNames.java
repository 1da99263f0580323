package dev.bastion.adapters.rest.problem;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.web.router.MethodBasedRouteMatch;
import io.micronaut.web.router.RouteAttributes;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a violation's property path ({@code create.request.address.city}) into the name the client
 * used: the JSON path inside the body ({@code address.city}), or the query/path parameter
 * ({@code size}). The method and body-parameter segments never reach the client.
 */
final class ViolationFieldNames {

    private ViolationFieldNames() {
    }

    static String of(HttpRequest<?> request, ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);

        String methodName = null;
        int parameterAt = -1;
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                methodName = node.getName();
            } else if (node instanceof Path.ParameterNode) {
                parameterAt = i;
                break;
            }
        }
        if (parameterAt < 0) {
            // A bean validated outside a controller call: its property path is already client-facing.
            String path = jsonPath(Argument.of(violation.getRootBeanClass()), nodes);
            return path.isEmpty() ? InputNames.BODY : path;
        }

        Path.ParameterNode parameterNode = (Path.ParameterNode) nodes.get(parameterAt);
        Argument<?> parameter = routeArgument(request, methodName, parameterNode.getParameterIndex());
        String inner = jsonPath(parameter, nodes.subList(parameterAt + 1, nodes.size()));
        if (parameter != null && InputNames.isWholeBody(parameter)) {
            return inner.isEmpty() ? InputNames.BODY : inner;
        }
        String name = parameter != null ? InputNames.parameter(parameter) : parameterNode.getName();
        if (inner.isEmpty()) {
            return name;
        }
        return inner.startsWith("[") ? name + inner : name + "." + inner;
    }

    @Nullable
    private static Argument<?> routeArgument(HttpRequest<?> request, @Nullable String methodName, int index) {
        return RouteAttributes.getRouteMatch(request)
                .filter(MethodBasedRouteMatch.class::isInstance)
                .map(match -> (MethodBasedRouteMatch<?, ?>) match)
                .filter(match -> match.getMethodName().equals(methodName))
                .map(MethodBasedRouteMatch::getArguments)
                .filter(arguments -> index >= 0 && index < arguments.length)
                .<Argument<?>>map(arguments -> arguments[index])
                .orElse(null);
    }

    /** The nodes below a parameter or bean as a JSON path: {@code address.city}, {@code roleIds[2]}, {@code items[0].name}. */
    private static String jsonPath(@Nullable Argument<?> start, List<Path.Node> nodes) {
        StringBuilder path = new StringBuilder();
        Argument<?> current = start;
        for (Path.Node node : nodes) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR
                    || node.getKind() == ElementKind.PARAMETER || node.getKind() == ElementKind.BEAN) {
                continue;
            }
            if (node.isInIterable()) {
                Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                path.append('[').append(position == null ? "" : position).append(']');
                current = InputNames.elementType(current);
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT || node.getName() == null) {
                continue;
            }
            if (!path.isEmpty()) {
                path.append('.');
            }
            path.append(InputNames.jsonProperty(current, node.getName()));
            current = InputNames.propertyType(current, node.getName());
        }
        return path.toString();
    }
}
