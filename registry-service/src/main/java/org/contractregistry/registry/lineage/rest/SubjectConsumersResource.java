package org.contractregistry.registry.lineage.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.contractregistry.registry.domain.QualifiedSubject;
import org.contractregistry.registry.lineage.LineageQueries;
import org.contractregistry.registry.lineage.api.Views.SubjectConsumersView;

/** "Who reads this subject": the Maven gate's impact section. An unknown subject answers 200 with empty lists. */
@Path("/api/v1/contracts/subjects/{subject}/consumers")
@Produces(MediaType.APPLICATION_JSON)
public class SubjectConsumersResource {
    private final LineageQueries queries;

    public SubjectConsumersResource(LineageQueries queries) {
        this.queries = queries;
    }

    @GET
    public SubjectConsumersView consumers(@PathParam("subject") String subject) {
        QualifiedSubject.parse(subject); // an invalid subject name is 42208, as everywhere else
        return queries.consumers(subject);
    }
}
