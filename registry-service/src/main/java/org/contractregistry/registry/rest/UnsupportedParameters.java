package org.contractregistry.registry.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.contractregistry.registry.domain.ErrorCode;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Confluent query parameters this registry does not implement are refused with 422 naming them, rather than ignored
 * (which would answer something other than what Confluent answers): {@code referenceFormat} anywhere,
 * {@code aliases=true} and {@code ruleType} on {@code GET /schemas}, {@code format=logical} on a registration.
 */
public class UnsupportedParameters {

    @ServerRequestFilter
    public Response refuse(ContainerRequestContext request) {
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        if (query.isEmpty()) {
            return null;
        }
        String path = request.getUriInfo().getPath();
        String method = request.getMethod();
        if (query.containsKey("referenceFormat")) {
            return refused("Query parameter 'referenceFormat' is not supported: references are answered as registered"
                    + " (omit it)");
        }
        if (method.equals("GET") && path.equals("/schemas")) {
            if (query.get("aliases") != null && query.get("aliases").contains("true")) {
                return refused("Query parameter 'aliases=true' is not supported: subject aliases are not applied"
                        + " (omit it)");
            }
            if (query.containsKey("ruleType")) {
                return refused("Query parameter 'ruleType' is not supported on GET /schemas (omit it and filter the"
                        + " ruleSet of each schema)");
            }
        }
        if (method.equals("POST") && path.endsWith("/versions") && path.startsWith("/subjects/")
                && "logical".equals(query.getFirst("format"))) {
            return refused("Query parameter 'format=logical' is not supported: register the schema in its native form");
        }
        return null;
    }

    private static Response refused(String message) {
        return ErrorMapper.answer(422, ErrorCode.UNPROCESSABLE_REQUEST.code(), message);
    }
}
