package org.contractregistry.registry.rest;

import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.contractregistry.registry.domain.DeletionService;
import org.contractregistry.registry.domain.QualifiedSubject;
import org.contractregistry.registry.domain.RegistrationService;
import org.contractregistry.registry.domain.SchemaCatalog;
import org.contractregistry.registry.domain.SubjectVersionView;
import org.contractregistry.registry.store.SubjectFilter;

/** {@code /subjects} and {@code /subjects/{subject}}: listing, lookup and deleting a subject. */
@Path("/subjects")
@Produces({MediaTypes.V1_JSON, MediaTypes.JSON_ANY_VERSION, MediaTypes.JSON})
@Consumes(MediaTypes.JSON)
public class SubjectsResource {
    private final SchemaCatalog catalog;
    private final RegistrationService registrations;
    private final DeletionService deletions;

    public SubjectsResource(SchemaCatalog catalog, RegistrationService registrations, DeletionService deletions) {
        this.catalog = catalog;
        this.registrations = registrations;
        this.deletions = deletions;
    }

    /**
     * No {@code subjectPrefix} is Confluent's default {@code :*:} (every context); an empty one the default context
     * only. JAX-RS gives both as null, so the prefix is read from the query itself.
     */
    @GET
    public List<String> list(@QueryParam("subjectPrefix") String subjectPrefix,
            @QueryParam("deleted") boolean deleted, @QueryParam("deletedOnly") boolean deletedOnly,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("-1") int limit,
            @Context UriInfo uri) {
        String prefix = uri.getQueryParameters().getFirst("subjectPrefix");
        return catalog.subjects(SubjectFilter.fromPrefix(prefix), deleted, deletedOnly, offset,
                limit <= 0 ? Integer.MAX_VALUE : limit);
    }

    /** Answered on the event loop when the caches hold all it needs ({@link EventLoop#cacheFirst}). */
    @POST
    @Path("/{subject}")
    @NonBlocking
    public Uni<SchemaResponse> lookup(@PathParam("subject") String subject, @QueryParam("normalize") boolean normalize,
            @QueryParam("deleted") boolean deleted, RegisterSchemaRequest request) {
        return EventLoop.cacheFirst(() -> SchemaResponse.of(registrations.lookup(QualifiedSubject.parse(subject),
                RegisterSchemaRequest.toDraft(request), normalize, deleted)));
    }

    /**
     * The newest version whose metadata properties hold every {@code key}/{@code value} pair (paired by position, as
     * Confluent: extra keys or values are ignored); 40401 unknown subject, 40403 none matches.
     */
    @GET
    @Path("/{subject}/metadata")
    public SchemaResponse latestWithMetadata(@PathParam("subject") String subject, @QueryParam("key") List<String> keys,
            @QueryParam("value") List<String> values, @QueryParam("deleted") boolean deleted,
            @QueryParam("format") String format) {
        Map<String, String> properties = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(keys.size(), values.size()); i++) {
            properties.put(keys.get(i), values.get(i));
        }
        SubjectVersionView view = catalog.latestWithMetadata(QualifiedSubject.parse(subject), properties, deleted);
        return SchemaResponse.of(view, SchemaFormats.text(format, view.schema(), catalog));
    }

    @DELETE
    @Path("/{subject}")
    public List<Integer> delete(@PathParam("subject") String subject, @QueryParam("permanent") boolean permanent) {
        return deletions.deleteSubject(QualifiedSubject.parse(subject), permanent);
    }
}
