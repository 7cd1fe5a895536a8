package org.contractregistry.registry.rest;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.contractregistry.registry.domain.ErrorCode;
import org.contractregistry.registry.domain.RegistryException;
import org.contractregistry.registry.infra.RegistrySettings;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Before routing: refuse oversized bodies (413; a chunked one as it is read, {@link ChunkedBodyLimit}), paths with
 * {@code .}/{@code ..} segments (400: the router resolves them away, so they would reach another endpoint), rewrite
 * {@code /contexts/{ctx}/...} URLs, and read Confluent's JSON media types (or none) as JSON.
 */
public class RequestFilters {
    private final RegistrySettings settings;

    public RequestFilters(RegistrySettings settings) {
        this.settings = settings;
    }

    @ServerRequestFilter(preMatching = true)
    public Response limitAndNormalize(ContainerRequestContext request, HttpServerRequest raw) {
        long limit = settings.maxRequestBytes();
        int length = request.getLength();
        if (length > limit) {
            return refusedBeforeRouting(ErrorMapper.answer(413, ErrorCode.REQUEST_TOO_LARGE.code(),
                    tooLarge(length + " bytes", limit)));
        }
        String dots = dotSegment(raw.path());
        if (dots != null) {
            return refusedBeforeRouting(ErrorMapper.answer(400, ErrorCode.MALFORMED_REQUEST.code(), "The path "
                    + raw.path() + " has a '" + dots + "' segment, which URL normalization resolves away (it would"
                    + " reach another endpoint); a subject or context cannot be named '.' or '..' in a URL (use :.: for"
                    + " the default context)"));
        }
        if (ContextPaths.mayRewrite(request.getUriInfo().getPath())) { // most requests: no URI built and parsed
            ContextPaths.rewrite(request.getUriInfo().getRequestUri()).ifPresent(request::setRequestUri);
        }
        return readAsJson(request);
    }

    /**
     * An answer given before routing, so without a route template: /q/metrics would tag it with its raw path, and
     * requests with made-up paths would fill Micrometer's cap of 100 {@code uri} values and crowd out the real routes.
     * It is tagged {@link #REFUSED_URI} instead (Quarkus reads the template from this request-context local).
     */
    static Response refusedBeforeRouting(Response answer) {
        Context context = Vertx.currentContext();
        if (context != null) {
            context.putLocal(URI_TEMPLATE_LOCAL, REFUSED_URI);
        }
        return answer;
    }

    static final String URI_TEMPLATE_LOCAL = "UrlPathTemplate";
    static final String REFUSED_URI = "/refused-before-routing";

    /** Confluent's security headers on every answer. */
    @ServerResponseFilter
    public void securityHeaders(ContainerResponseContext response) {
        response.getHeaders().putSingle("X-XSS-Protection", "1; mode=block");
        response.getHeaders().putSingle("Cache-Control", "no-cache, no-store, must-revalidate");
    }

    /** No type, any {@code +json} type or octet-stream is read as JSON; a type that is no media type is 415. */
    private static Response readAsJson(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        MediaType type;
        try {
            type = header == null || header.isBlank() ? null : MediaType.valueOf(header);
        } catch (IllegalArgumentException e) {
            return refusedBeforeRouting(ErrorMapper.answer(415, ErrorCode.UNSUPPORTED_MEDIA_TYPE.code(),
                    "Content-Type '" + header + "' is not a media type; send JSON as " + ErrorMapper.JSON_TYPES));
        }
        if (type == null || type.isWildcardType() || MediaType.APPLICATION_OCTET_STREAM_TYPE.isCompatible(type)
                || type.getSubtype().endsWith("+json")) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
        return null;
    }

    /** The first {@code .} or {@code ..} segment of a raw path, also when percent-encoded; null when none. */
    static String dotSegment(String rawPath) {
        if (rawPath == null || (!rawPath.contains(".") && !rawPath.contains("%2"))) {
            return null;
        }
        for (String segment : rawPath.split("/", -1)) {
            String decoded = segment.length() > 6 ? segment : decoded(segment);
            if (decoded.equals(".") || decoded.equals("..")) {
                return decoded;
            }
        }
        return null;
    }

    private static String decoded(String segment) {
        try {
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEscape) {
            return segment; // not reached: Quarkus answers 400 to a URI with a broken escape before any filter
        }
    }

    static String tooLarge(String size, long limit) {
        return "Request body of " + size + " exceeds the limit of " + limit + " bytes";
    }
}
