package org.contractregistry.registry.lineage.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.contractregistry.lineage.ids.DatasetId;
import org.contractregistry.lineage.ids.InvalidIdException;
import org.contractregistry.registry.domain.QualifiedSubject;
import org.contractregistry.registry.domain.RegistryException;
import org.contractregistry.registry.lineage.LineageBindings;
import org.contractregistry.registry.lineage.api.Views.BindingsView;

/** Binds datasets (tables, files) to contract subjects; Kafka topics need no binding (TopicNameStrategy). */
@Path("/api/v1/lineage/bindings")
@Produces(MediaType.APPLICATION_JSON)
public class BindingsResource {
    private final LineageBindings bindings;

    public BindingsResource(LineageBindings bindings) {
        this.bindings = bindings;
    }

    /** Body of PUT: the dataset and the subject it follows. */
    public record BindRequest(String namespace, String name, String subject) {}

    @GET
    public BindingsView list() {
        return new BindingsView(bindings.explicitBindings());
    }

    /** The binding in force for one dataset (explicit, naming rule or TopicNameStrategy). */
    @GET
    @Path("/current")
    public Response current(@QueryParam("namespace") String namespace, @QueryParam("name") String name) {
        return Answers.found(() -> bindings.binding(DatasetId.of(namespace, name)),
                "no subject for dataset " + namespace + ":" + name);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response bind(BindRequest request) {
        if (request == null || request.subject() == null || request.subject().isBlank()) {
            return Answers.error(422, "body must be {\"namespace\", \"name\", \"subject\"}");
        }
        DatasetId dataset;
        try {
            QualifiedSubject.parse(request.subject());
            dataset = DatasetId.of(request.namespace(), request.name());
        } catch (InvalidIdException e) {
            return Answers.error(422, e.getMessage());
        } catch (RegistryException e) {
            return Answers.error(422, "subject: " + e.getMessage());
        }
        return Answers.ok(bindings.bind(dataset, request.subject())); // 403 (ErrorMapper) when not the owner's
    }

    @DELETE
    public Response unbind(@QueryParam("namespace") String namespace, @QueryParam("name") String name) {
        try {
            return bindings.unbind(DatasetId.of(namespace, name))
                    ? Response.noContent().build()
                    : Answers.error(404, "no explicit binding for dataset " + namespace + ":" + name);
        } catch (InvalidIdException e) {
            return Answers.error(400, e.getMessage());
        }
    }
}
