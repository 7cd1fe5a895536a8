package org.contractregistry.registry.ui;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.contractregistry.lineage.ids.DatasetId;
import org.contractregistry.lineage.ids.InvalidIdException;
import org.contractregistry.lineage.ids.JobId;
import org.contractregistry.lineage.ids.NodeId;
import org.contractregistry.registry.domain.RegistryException;
import org.contractregistry.registry.lineage.LineageQueries;
import org.contractregistry.registry.lineage.api.Views.DatasetView;
import org.contractregistry.registry.lineage.api.Views.QualityView;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The lineage pages: a dataset, a job, and the interactive graph around either (its data is the lineage API's
 * {@code GET /api/v1/lineage}, read by the page's script). All read {@link LineageQueries}, as the REST API does.
 */
@Path("/ui")
@Produces(MediaType.TEXT_HTML)
public class LineagePages {
    static final int DEFAULT_GRAPH_DEPTH = 3;

    private final LineageQueries lineage;

    public LineagePages(LineageQueries lineage) {
        this.lineage = lineage;
    }

    @GET
    @Path("/dataset")
    public Response dataset(@QueryParam("ns") String namespace, @QueryParam("name") String name) {
        DatasetId id = DatasetId.of(UiErrors.required(namespace, "namespace"), UiErrors.required(name, "dataset name"));
        return lineage.dataset(id)
                .map(d -> Response.ok(Templates.dataset(d, quality(d), NodeId.of(id).value())).build())
                .orElseGet(() -> UiErrors.page(404, "No dataset " + name + " in namespace " + namespace));
    }

    @GET
    @Path("/job")
    public Response job(@QueryParam("ns") String namespace, @QueryParam("name") String name) {
        JobId id = JobId.of(UiErrors.required(namespace, "namespace"), UiErrors.required(name, "job name"));
        return lineage.job(id).map(j -> Response.ok(Templates.job(j, NodeId.of(id).value())).build())
                .orElseGet(() -> UiErrors.page(404, "No job " + name + " in namespace " + namespace));
    }

    @GET
    @Path("/graph")
    public TemplateInstance graph(@QueryParam("node") String node,
            @QueryParam("depth") @DefaultValue("" + DEFAULT_GRAPH_DEPTH) int depth) {
        NodeId id = NodeId.parse(UiErrors.required(node, "node"));
        return Templates.graph(id.value(), Math.max(1, Math.min(LineageQueries.MAX_DEPTH, depth)),
                LineageQueries.MAX_DEPTH);
    }

    /** One data-quality assertion of an OpenLineage {@code dataQualityAssertions} input facet. */
    public record QualityRow(String runId, java.time.Instant at, String assertion, String column, Boolean success) {}

    static List<QualityRow> quality(DatasetView dataset) {
        List<QualityRow> rows = new ArrayList<>();
        for (QualityView view : dataset.qualityAssertions()) {
            for (JsonNode a : view.assertions()) {
                rows.add(new QualityRow(view.runId(), view.eventTime(), a.path("assertion").asText(""),
                        a.hasNonNull("column") ? a.get("column").asText() : null,
                        a.has("success") ? a.get("success").asBoolean() : null));
            }
        }
        return rows;
    }

    @ServerExceptionMapper
    public Response refused(RegistryException e) {
        return UiErrors.refused(e);
    }

    @ServerExceptionMapper
    public Response malformed(InvalidIdException e) {
        return UiErrors.malformed(e);
    }
}
