package org.contractregistry.registry.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.util.List;
import java.util.Map;

/** {@code /v1/metadata/*}: who this server is, in Confluent's shape. */
@Path("/v1/metadata")
@Produces({MediaTypes.V1_JSON, MediaTypes.JSON_ANY_VERSION, MediaTypes.JSON})
public class ServerMetadataResource {
    static final String VERSION = "0.1.0-SNAPSHOT";

    @GET
    @Path("/id")
    public Map<String, Object> id() {
        return Map.of("scope", Map.of("path", List.of(), "clusters", Map.of("schema-registry-cluster",
                "contract-registry")), "id", "");
    }

    @GET
    @Path("/version")
    public Map<String, Object> version() {
        return Map.of("version", VERSION, "commitId", "");
    }
}
