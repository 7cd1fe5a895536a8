package org.contractregistry.registry.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.contractregistry.registry.domain.ErrorCode;
import org.contractregistry.registry.infra.RegistrySettings;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Before routing: refuse oversized bodies (413), and read Confluent's JSON media types (or none) as JSON. */
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
        MediaType type = request.getMediaType();
        if (type == null || type.isWildcardType() || MediaType.APPLICATION_OCTET_STREAM_TYPE.isCompatible(type)
                || type.getSubtype().endsWith("+json")) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
        return null;
    }
}
