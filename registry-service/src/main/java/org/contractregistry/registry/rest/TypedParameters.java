package org.contractregistry.registry.rest;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.contractregistry.registry.domain.ErrorCode;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * After routing: every boolean and integer parameter the endpoint declares must hold one, else an answer naming
 * the parameter: 400 for a query parameter (in each of its values), 404 for a path segment (the URL names nothing).
 * JAX-RS would read {@code permanent=maybe} as false (a soft delete nobody asked for) and answer {@code offset=abc}
 * or {@code /schemas/ids/abc} with a bare 404.
 */
public class TypedParameters {
    private static final Map<Method, List<Declared>> DECLARED = new ConcurrentHashMap<>();

    /** A boolean or int parameter of a resource method, in the query or the path. */
    record Declared(String name, boolean bool, boolean inPath) {

        /** Null when the value is fine, else the sentence answered. */
        String problem(String value) {
            String what = (inPath ? "Path parameter '" : "Query parameter '") + name + "' must be ";
            if (bool) {
                String v = value.toLowerCase(Locale.ROOT);
                return v.isEmpty() || v.equals("true") || v.equals("false") ? null
                        : what + "true or false, not '" + value + "'";
            }
            int number;
            try {
                number = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                return what + "a whole number between -2147483648 and 2147483647, not '" + value + "'";
            }
            return name.equals("offset") && number < 0 ? what + "0 or more, not " + number : null;
        }
    }

    @ServerRequestFilter
    public Response validate(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        List<Declared> declared = method == null ? List.of() : DECLARED.computeIfAbsent(method, TypedParameters::of);
        if (declared.isEmpty()) {
            return null;
        }
        var query = request.getUriInfo().getQueryParameters();
        var path = request.getUriInfo().getPathParameters();
        for (Declared parameter : declared) {
            for (String value : (parameter.inPath() ? path : query).getOrDefault(parameter.name(), List.of())) {
                String problem = parameter.problem(value);
                if (problem != null) {
                    return parameter.inPath() ? ErrorMapper.answer(404, ErrorCode.NOT_FOUND.code(), problem)
                            : ErrorMapper.answer(400, ErrorCode.MALFORMED_REQUEST.code(), problem);
                }
            }
        }
        return null;
    }

    static List<Declared> of(Method method) {
        List<Declared> declared = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            PathParam path = parameter.getAnnotation(PathParam.class);
            String name = query != null ? query.value() : path != null ? path.value() : null;
            Class<?> type = parameter.getType();
            boolean bool = type == boolean.class || type == Boolean.class;
            if (name != null && (bool || type == int.class || type == Integer.class)) {
                declared.add(new Declared(name, bool, path != null));
            }
        }
        return List.copyOf(declared);
    }
}
