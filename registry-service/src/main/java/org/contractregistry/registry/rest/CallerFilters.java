package org.contractregistry.registry.rest;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.UUID;
import java.util.regex.Pattern;
import org.contractregistry.registry.domain.access.Caller;
import org.contractregistry.registry.infra.CurrentCaller;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Gives every routed request an id ({@code X-Request-Id} as sent when it is a plain token of at most 128 characters,
 * else a new one; answered in the same header) and its caller: anonymous with that id and the client's address
 * until authentication sets who it is. The audit log records both.
 */
public class CallerFilters {
    static final String REQUEST_ID = "X-Request-Id";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private final CurrentCaller current;

    public CallerFilters(CurrentCaller current) {
        this.current = current;
    }

    @ServerRequestFilter
    public void identify(ContainerRequestContext request, HttpServerRequest raw) {
        String sent = request.getHeaderString(REQUEST_ID);
        String requestId = sent != null && TOKEN.matcher(sent).matches() ? sent : UUID.randomUUID().toString();
        SocketAddress remote = raw.remoteAddress();
        current.set(Caller.anonymous(requestId, remote == null ? null : remote.hostAddress()));
    }

    @ServerResponseFilter
    public void answerRequestId(ContainerResponseContext response) {
        String requestId = current.get().requestId();
        if (requestId != null) {
            response.getHeaders().putSingle(REQUEST_ID, requestId);
        }
    }
}
