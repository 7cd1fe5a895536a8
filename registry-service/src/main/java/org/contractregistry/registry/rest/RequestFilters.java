package org.contractregistry.registry.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.contractregistry.registry.domain.ErrorCode;
import org.contractregistry.registry.infra.RegistrySettings;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Before routing: refuse oversized bodies (413), rewrite {@code /contexts/{ctx}/...} URLs, and read Confluent's JSON
 * media types (or none) as JSON.
 */
public class RequestFilters {
    private final RegistrySettings settings;

    public RequestFilters(RegistrySettings settings) {
        this.settings = settings;
    }

    @ServerRequestFilter(preMatching = true)
    public Response limitAndNormalize(ContainerRequestContext request) {
        int length = request.getLength();
        if (length > settings.maxRequestBytes()) {
            return ErrorMapper.answer(413, ErrorCode.REQUEST_TOO_LARGE.code(),
                    "Request body of " + length + " bytes exceeds the limit of " + settings.maxRequestBytes());
        }
        if (ContextPaths.mayRewrite(request.getUriInfo().getPath())) { // most requests: no URI built and parsed
            ContextPaths.rewrite(request.getUriInfo().getRequestUri()).ifPresent(request::setRequestUri);
        }
        MediaType type = request.getMediaType();
        if (type == null || type.isWildcardType() || MediaType.APPLICATION_OCTET_STREAM_TYPE.isCompatible(type)
                || type.getSubtype().endsWith("+json")) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
        return null;
    }

    /** Confluent's security headers on every answer. */
    @ServerResponseFilter
    public void securityHeaders(ContainerResponseContext response) {
        response.getHeaders().putSingle("X-XSS-Protection", "1; mode=block");
        response.getHeaders().putSingle("Cache-Control", "no-cache, no-store, must-revalidate");
    }
}
