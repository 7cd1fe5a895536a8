package org.contractregistry.registry.rest;

import jakarta.ws.rs.container.ContainerResponseContext;
import org.contractregistry.registry.domain.access.Caller;
import org.contractregistry.registry.security.rest.CurrentCaller;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Answers every authenticated request with its id in {@code X-Request-Id} (the one the client sent when it was a
 * plain token, else one of this instance's; see {@code AuthenticationFilter}), the id the audit log records.
 */
public class CallerFilters {
    static final String REQUEST_ID = "X-Request-Id";

    private final CurrentCaller current;

    public CallerFilters(CurrentCaller current) {
        this.current = current;
    }

    @ServerResponseFilter
    public void answerRequestId(ContainerResponseContext response) {
        Caller caller = current.get();
        if (caller != null && caller.requestId() != null) {
            response.getHeaders().putSingle(REQUEST_ID, caller.requestId());
        }
    }
}
