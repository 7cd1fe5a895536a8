package org.contractregistry.registry.lineage.rest;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import jakarta.ws.rs.WebApplicationException;
import org.contractregistry.lineage.ids.DatasetId;
import org.contractregistry.lineage.ids.JobId;
import org.contractregistry.registry.lineage.LineageQueries;
import org.contractregistry.registry.lineage.api.Views.DatasetSummary;
import org.contractregistry.registry.lineage.api.Views.DatasetsView;
import org.contractregistry.registry.lineage.api.Views.JobSummary;
import org.contractregistry.registry.lineage.api.Views.JobsView;
import org.contractregistry.registry.lineage.api.Views.NamespacesView;
import org.contractregistry.registry.lineage.api.Views.RunsView;

/** Marquez's listing paths: namespaces, their jobs and datasets, a job's runs; plus our dataset and job views. */
@Path("/api/v1/namespaces")
@Produces(MediaType.APPLICATION_JSON)
public class NamespacesResource {
    private final LineageQueries queries;

    public NamespacesResource(LineageQueries queries) {
        this.queries = queries;
    }

    @GET
    public NamespacesView namespaces() {
        return new NamespacesView(queries.namespaces());
    }

    @GET
    @Path("/{namespace: .+}/jobs")
    public JobsView jobs(@PathParam("namespace") String namespace, @Context HttpServerRequest request) {
        List<JobSummary> jobs = queries.jobs(Answers.namespace(raw(request, "jobs", namespace, null)[0]));
        return new JobsView(jobs, jobs.size());
    }

    @GET
    @Path("/{namespace: .+}/jobs/{job: .+}")
    public Response job(@PathParam("namespace") String namespace, @PathParam("job") String job,
            @Context HttpServerRequest request) {
        String[] id = raw(request, "jobs", namespace, job);
        return Answers.found(() -> queries.job(JobId.of(id[0], id[1])), missing("job", id));
    }

    @GET
    @Path("/{namespace: .+}/jobs/{job: .+}/runs")
    public Response runs(@PathParam("namespace") String namespace, @PathParam("job") String job,
            @QueryParam("limit") @DefaultValue("100") int limit, @Context HttpServerRequest request) {
        String[] id = raw(request, "jobs", namespace, job + "/runs");
        String name = id[1].endsWith("/runs") ? id[1].substring(0, id[1].length() - 5) : id[1];
        return Answers.found(() -> queries.runs(JobId.of(id[0], name), Math.max(1, Math.min(limit, 1000)))
                .map(RunsView::new), missing("job", new String[] {id[0], name}));
    }

    @GET
    @Path("/{namespace: .+}/datasets")
    public DatasetsView datasets(@PathParam("namespace") String namespace, @Context HttpServerRequest request) {
        List<DatasetSummary> datasets =
                queries.datasets(Answers.namespace(raw(request, "datasets", namespace, null)[0]));
        return new DatasetsView(datasets, datasets.size());
    }

    /** The dataset view: bound contract and its versions, producers, consumers, latest runs, drift, quality. */
    @GET
    @Path("/{namespace: .+}/datasets/{dataset: .+}")
    public Response dataset(@PathParam("namespace") String namespace, @PathParam("dataset") String dataset,
            @Context HttpServerRequest request) {
        String[] id = raw(request, "datasets", namespace, dataset);
        return Answers.found(() -> queries.dataset(DatasetId.of(id[0], id[1])), missing("dataset", id));
    }

    /**
     * {namespace, name} from the raw URI ({@code /api/v1/namespaces/<ns>/<kind>[/<name>]}, each segment
     * percent-encoded). A path whose namespace or name was sent with unencoded slashes ({@code kafka://host:9092}) is
     * split at {@code /<kind>/} when that reads one way only; read two ways it is a 404 that says to percent-encode.
     */
    private static String[] raw(HttpServerRequest request, String kind, String namespace, String name) {
        int count = name == null ? 2 : name.endsWith("/runs") ? 4 : 3;
        Optional<String[]> encoded = RawPath.segmentsAfter(request, PREFIX, count)
                .filter(s -> s.get(1).equals(kind))
                .map(s -> new String[] {s.get(0), count == 2 ? null : count == 4 ? s.get(2) + "/runs" : s.get(2)});
        if (encoded.isPresent()) {
            return encoded.get();
        }
        String suffix = count == 2 ? "/" + kind : count == 4 ? "/runs" : "";
        List<String[]> splits = RawPath.unencodedSplits(request, PREFIX, kind, suffix);
        if (splits.size() > 1) {
            throw new WebApplicationException(Answers.error(404, "the path reads as " + splits.size()
                    + " different namespace and name pairs (" + splits.stream().map(s -> s[0] + " : " + s[1])
                    .collect(Collectors.joining(", ")) + "): " + ENCODE));
        }
        if (splits.size() == 1) {
            String[] split = splits.get(0);
            return new String[] {split[0], count == 4 ? split[1] + "/runs" : split[1]};
        }
        return new String[] {namespace, name};
    }

    /** What a 404 adds when the namespace or name holds a slash: how to send it. */
    private static String missing(String what, String[] id) {
        String message = what + " not found: " + id[0] + (id[1] == null ? "" : ":" + id[1]);
        return id[0].contains("/") || (id[1] != null && id[1].contains("/")) ? message + " (" + ENCODE + ")" : message;
    }

    private static final String PREFIX = "/api/v1/namespaces/";
    private static final String ENCODE = "percent-encode the namespace and the name, each as one path segment,"
            + " e.g. /api/v1/namespaces/kafka%3A%2F%2Fhost%3A9092/datasets/orders";
}
