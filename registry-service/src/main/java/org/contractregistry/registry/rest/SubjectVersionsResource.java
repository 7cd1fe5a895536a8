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
import java.util.List;
import org.contractregistry.registry.domain.DeletionService;
import org.contractregistry.registry.domain.QualifiedSubject;
import org.contractregistry.registry.domain.RegistrationService;
import org.contractregistry.registry.domain.SchemaCatalog;
import org.contractregistry.registry.domain.SubjectVersionView;
import org.contractregistry.registry.domain.VersionSpec;

/** {@code /subjects/{subject}/versions[/{version}]}: register, list, read and delete versions. */
@Path("/subjects/{subject}/versions")
@Produces({MediaTypes.V1_JSON, MediaTypes.JSON_ANY_VERSION, MediaTypes.JSON})
@Consumes(MediaTypes.JSON)
public class SubjectVersionsResource {
    private final SchemaCatalog catalog;
    private final RegistrationService registrations;
    private final DeletionService deletions;

    public SubjectVersionsResource(SchemaCatalog catalog, RegistrationService registrations,
            DeletionService deletions) {
        this.catalog = catalog;
        this.registrations = registrations;
        this.deletions = deletions;
    }

    @POST
    public SchemaResponse register(@PathParam("subject") String subject, @QueryParam("normalize") boolean normalize,
            @QueryParam("force") boolean force, RegisterSchemaRequest request) {
        return SchemaResponse.of(registrations.register(QualifiedSubject.parse(subject),
                RegisterSchemaRequest.toDraft(request), normalize, force));
    }

    /** {@code deletedAsNegative} shows the soft-deleted versions that {@code deleted}/{@code deletedOnly} list as -v. */
    @GET
    public List<Integer> list(@PathParam("subject") String subject, @QueryParam("deleted") boolean deleted,
            @QueryParam("deletedOnly") boolean deletedOnly, @QueryParam("deletedAsNegative") boolean deletedAsNegative,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("-1") int limit) {
        return Paging.page(catalog.versionNumbers(QualifiedSubject.parse(subject), deleted, deletedOnly,
                deletedAsNegative), offset, limit, Integer.MAX_VALUE);
    }

    /** What serializers with {@code use.latest.version} ask; answered on the event loop from the caches when it can. */
    @GET
    @Path("/{version}")
    @NonBlocking
    public Uni<SchemaResponse> get(@PathParam("subject") String subject, @PathParam("version") String version,
            @QueryParam("deleted") boolean deleted, @QueryParam("format") String format) {
        return EventLoop.cacheFirst(() -> {
            SubjectVersionView view = catalog.version(QualifiedSubject.parse(subject), VersionSpec.parse(version),
                    deleted);
            return SchemaResponse.of(view, SchemaFormats.text(format, view.schema(), catalog));
        });
    }

    @GET
    @Path("/{version}/schema")
    @NonBlocking
    public Uni<String> raw(@PathParam("subject") String subject, @PathParam("version") String version,
            @QueryParam("deleted") boolean deleted, @QueryParam("format") String format) {
        return EventLoop.cacheFirst(() -> SchemaFormats.text(format, catalog.version(QualifiedSubject.parse(subject),
                VersionSpec.parse(version), deleted).schema(), catalog));
    }

    @GET
    @Path("/{version}/referencedby")
    public List<Integer> referencedBy(@PathParam("subject") String subject, @PathParam("version") String version,
            @QueryParam("deleted") boolean deleted, @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("-1") int limit) {
        return Paging.page(catalog.referencedBy(QualifiedSubject.parse(subject), VersionSpec.parse(version), deleted),
                offset, limit, Integer.MAX_VALUE);
    }

    @DELETE
    @Path("/{version}")
    public int delete(@PathParam("subject") String subject, @PathParam("version") String version,
            @QueryParam("permanent") boolean permanent) {
        return deletions.deleteVersion(QualifiedSubject.parse(subject), VersionSpec.parse(version), permanent);
    }
}
