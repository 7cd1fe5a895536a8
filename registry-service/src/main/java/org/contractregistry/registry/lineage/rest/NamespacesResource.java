package org.contractregistry.registry.lineage.rest;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
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
    @Path("/{namespace}/jobs")
    public JobsView jobs(@PathParam("namespace") String namespace) {
        List<JobSummary> jobs = queries.jobs(namespace);
        return new JobsView(jobs, jobs.size());
    }

    @GET
    @Path("/{namespace}/jobs/{job}")
    public Response job(@PathParam("namespace") String namespace, @PathParam("job") String job) {
        return Answers.found(() -> queries.job(JobId.of(namespace, job)), "job not found: " + namespace + ":" + job);
    }

    @GET
    @Path("/{namespace}/jobs/{job}/runs")
    public Response runs(@PathParam("namespace") String namespace, @PathParam("job") String job,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        return Answers.found(() -> queries.runs(JobId.of(namespace, job), Math.max(1, Math.min(limit, 1000)))
                .map(RunsView::new), "job not found: " + namespace + ":" + job);
    }

    @GET
    @Path("/{namespace}/datasets")
    public DatasetsView datasets(@PathParam("namespace") String namespace) {
        List<DatasetSummary> datasets = queries.datasets(namespace);
        return new DatasetsView(datasets, datasets.size());
    }

    /** The dataset view: bound contract and its versions, producers, consumers, latest runs, drift, quality. */
    @GET
    @Path("/{namespace}/datasets/{dataset}")
    public Response dataset(@PathParam("namespace") String namespace, @PathParam("dataset") String dataset) {
        return Answers.found(() -> queries.dataset(DatasetId.of(namespace, dataset)),
                "dataset not found: " + namespace + ":" + dataset);
    }
}
