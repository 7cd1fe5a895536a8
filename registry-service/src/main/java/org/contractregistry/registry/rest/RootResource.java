package org.contractregistry.registry.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.Map;

/** {@code GET /} and {@code POST /}: Confluent's liveness no-op, answering {@code {}}. */
@Path("/")
public class RootResource {

    @GET
    public Map<String, Object> root() {
        return Map.of();
    }

    @POST
    public Map<String, Object> rootPost() {
        return Map.of();
    }
}
