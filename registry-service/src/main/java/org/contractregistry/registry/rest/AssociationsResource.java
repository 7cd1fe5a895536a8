package org.contractregistry.registry.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import org.contractregistry.registry.domain.ErrorCode;
import org.contractregistry.registry.domain.RegistryException;

/**
 * {@code /associations/...} (Confluent 8.2+) is not supported: every read answers 404 / 40410, which makes Confluent
 * 8.3+ serializers fall back to TopicNameStrategy before registering.
 */
@Path("/associations")
@Produces({MediaTypes.V1_JSON, MediaTypes.JSON_ANY_VERSION, MediaTypes.JSON})
public class AssociationsResource {

    @GET
    @Path("/{path: .*}")
    public Object any(@PathParam("path") String path) {
        throw new RegistryException(ErrorCode.ASSOCIATION_NOT_FOUND, "No association found for '" + path + "'");
    }
}
