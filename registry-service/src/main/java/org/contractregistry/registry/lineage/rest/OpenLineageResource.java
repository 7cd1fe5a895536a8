package org.contractregistry.registry.lineage.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.contractregistry.lineage.event.ParsedEvent;
import org.contractregistry.lineage.ids.NodeId;
import org.contractregistry.registry.lineage.LineageIngestion;
import org.contractregistry.registry.lineage.LineageQueries;

/** The OpenLineage HTTP transport / Marquez endpoint: post events, read the graph around a node. */
@Path("/api/v1/lineage")
@Produces(MediaType.APPLICATION_JSON)
public class OpenLineageResource {
    private final LineageIngestion ingestion;
    private final LineageQueries queries;

    public OpenLineageResource(LineageIngestion ingestion, LineageQueries queries) {
        this.ingestion = ingestion;
        this.queries = queries;
    }

    /** A RunEvent, DatasetEvent or JobEvent: 201, or 400/413/422 naming the problem with nothing stored. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response post(String body) {
        ParsedEvent result = ingestion.ingest(body);
        if (result instanceof ParsedEvent.Rejected rejected) {
            return Answers.error(rejected.problem().kind().status(), rejected.problem().message());
        }
        return Response.status(201).build();
    }

    @GET
    public Response graph(@QueryParam("nodeId") String nodeId,
            @QueryParam("depth") @DefaultValue("" + LineageQueries.DEFAULT_DEPTH) int depth) {
        if (depth < 1 || depth > LineageQueries.MAX_DEPTH) {
            return Answers.error(400, "depth must be between 1 and " + LineageQueries.MAX_DEPTH);
        }
        return Answers.found(() -> queries.graph(NodeId.parse(nodeId), depth), "node not found: " + nodeId);
    }
}
