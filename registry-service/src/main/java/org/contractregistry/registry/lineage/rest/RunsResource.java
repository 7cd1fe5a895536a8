package org.contractregistry.registry.lineage.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.contractregistry.registry.lineage.LineageQueries;

/** Marquez's {@code GET /api/v1/jobs/runs/{id}}. */
@Path("/api/v1/jobs/runs")
@Produces(MediaType.APPLICATION_JSON)
public class RunsResource {
    private final LineageQueries queries;

    public RunsResource(LineageQueries queries) {
        this.queries = queries;
    }

    @GET
    @Path("/{id}")
    public Response run(@PathParam("id") String id) {
        return Answers.found(() -> queries.run(id), "run not found: " + id);
    }
}
