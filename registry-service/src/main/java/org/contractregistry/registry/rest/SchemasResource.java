package org.contractregistry.registry.rest;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Map;
import org.contractregistry.contracts.SchemaType;
import org.contractregistry.registry.domain.QualifiedSubject;
import org.contractregistry.registry.domain.SchemaCatalog;
import org.contractregistry.registry.domain.StoredSchema;
import org.contractregistry.registry.domain.VersionRecord;
import org.contractregistry.registry.store.SubjectFilter;

/** {@code /schemas}: schemas by id and the list of every schema. */
@Path("/schemas")
@Produces({MediaTypes.V1_JSON, MediaTypes.JSON_ANY_VERSION, MediaTypes.JSON})
public class SchemasResource {
    private static final int SCHEMA_SEARCH_LIMIT = 1000;

    private final SchemaCatalog catalog;

    public SchemasResource(SchemaCatalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @Path("/types")
    public List<String> types() {
        return List.of(SchemaType.AVRO.name(), SchemaType.PROTOBUF.name());
    }

    @GET
    public List<SchemaResponse> list(@QueryParam("subjectPrefix") String subjectPrefix,
            @QueryParam("deleted") boolean deleted, @QueryParam("latestOnly") boolean latestOnly,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("-1") int limit) {
        return Paging.page(catalog.schemas(SubjectFilter.fromPrefix(subjectPrefix), deleted, latestOnly), offset, limit,
                SCHEMA_SEARCH_LIMIT).stream().map(SchemaResponse::of).toList();
    }

    @GET
    @Path("/ids/{id}")
    public SchemaResponse byId(@PathParam("id") int id, @QueryParam("subject") String subject,
            @QueryParam("fetchMaxId") boolean fetchMaxId, @QueryParam("format") String format) {
        String context = contextOf(subject);
        StoredSchema schema = catalog.schemaById(context, id);
        return SchemaResponse.ofSchema(schema, SchemaFormats.text(format, schema, catalog),
                fetchMaxId ? catalog.maxSchemaId(context) : null);
    }

    @GET
    @Path("/ids/{id}/schema")
    public String rawById(@PathParam("id") int id, @QueryParam("subject") String subject) {
        return catalog.schemaById(contextOf(subject), id).text();
    }

    @GET
    @Path("/ids/{id}/subjects")
    public List<String> subjectsOf(@PathParam("id") int id, @QueryParam("subject") String subject,
            @QueryParam("deleted") boolean deleted, @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("-1") int limit) {
        List<String> subjects = catalog.versionsOfSchema(contextOf(subject), id, deleted).stream()
                .map(v -> v.subject().qualified()).distinct().sorted().toList();
        return Paging.page(subjects, offset, limit, Integer.MAX_VALUE);
    }

    @GET
    @Path("/ids/{id}/versions")
    public List<Map<String, Object>> versionsOf(@PathParam("id") int id, @QueryParam("subject") String subject,
            @QueryParam("deleted") boolean deleted, @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("-1") int limit) {
        List<VersionRecord> versions = catalog.versionsOfSchema(contextOf(subject), id, deleted);
        return Paging.page(versions, offset, limit, Integer.MAX_VALUE).stream()
                .map(v -> Map.<String, Object>of("subject", v.subject().qualified(), "version", v.version()))
                .toList();
    }

    /** The {@code subject} query parameter chooses the context (default {@code .}). */
    private static String contextOf(String subject) {
        return subject == null ? QualifiedSubject.DEFAULT_CONTEXT : QualifiedSubject.parse(subject).context();
    }
}
