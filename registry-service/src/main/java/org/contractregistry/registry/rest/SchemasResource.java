package org.contractregistry.registry.rest;

import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Map;
import org.contractregistry.contracts.SchemaType;
import org.contractregistry.registry.domain.SchemaCatalog;
import org.contractregistry.registry.domain.SchemaLookup;
import org.contractregistry.registry.domain.StoredSchema;
import org.contractregistry.registry.domain.VersionRecord;
import org.contractregistry.registry.store.SubjectFilter;

/**
 * {@code /schemas}: schemas by id (in the context the {@code subject} parameter chooses, see
 * {@link SchemaLookup#byId}) or by guid, and the list of every schema. Reads by id, what every deserializer sends,
 * are answered on the event loop when the caches hold the schema ({@link EventLoop#cacheFirst}).
 */
@Path("/schemas")
@Produces({MediaTypes.V1_JSON, MediaTypes.JSON_ANY_VERSION, MediaTypes.JSON})
public class SchemasResource {
    private static final int SCHEMA_SEARCH_LIMIT = 1000;

    private final SchemaCatalog catalog;
    private final SchemaLookup lookup;

    public SchemasResource(SchemaCatalog catalog, SchemaLookup lookup) {
        this.catalog = catalog;
        this.lookup = lookup;
    }

    @GET
    @Path("/types")
    public List<String> types() {
        return java.util.Arrays.stream(SchemaType.values()).map(SchemaType::name).toList();
    }

    @GET
    public List<SchemaResponse> list(@QueryParam("subjectPrefix") String subjectPrefix,
            @QueryParam("deleted") boolean deleted, @QueryParam("latestOnly") boolean latestOnly,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("-1") int limit) {
        return Paging.page(catalog.schemas(SubjectFilter.fromPrefix(subjectPrefix), deleted, latestOnly), offset, limit,
                SCHEMA_SEARCH_LIMIT).stream().map(SchemaResponse::of).toList();
    }

    /** With {@code subject}, the answer names the subject version holding the id (see {@link SchemaLookup#byId}). */
    @GET
    @Path("/ids/{id}")
    @NonBlocking
    public Uni<SchemaResponse> byId(@PathParam("id") int id, @QueryParam("subject") String subject,
            @QueryParam("fetchMaxId") boolean fetchMaxId, @QueryParam("format") String format) {
        return EventLoop.cacheFirst(() -> {
            SchemaLookup.Located found = lookup.byId(id, subject);
            StoredSchema schema = found.schema();
            return SchemaResponse.ofSchema(schema, SchemaFormats.text(format, schema, catalog),
                    found.holder().orElse(null), fetchMaxId ? catalog.maxSchemaId(schema.context()) : null);
        });
    }

    @GET
    @Path("/ids/{id}/schema")
    @NonBlocking
    public Uni<String> rawById(@PathParam("id") int id, @QueryParam("subject") String subject,
            @QueryParam("format") String format) {
        return EventLoop.cacheFirst(() -> SchemaFormats.text(format, lookup.byId(id, subject).schema(), catalog));
    }

    @GET
    @Path("/ids/{id}/subjects")
    public List<String> subjectsOf(@PathParam("id") int id, @QueryParam("subject") String subject,
            @QueryParam("deleted") boolean deleted, @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("-1") int limit) {
        List<String> subjects = versionsOfSchema(id, subject, deleted).stream()
                .map(v -> v.subject().qualified()).distinct().sorted().toList();
        return Paging.page(subjects, offset, limit, Integer.MAX_VALUE);
    }

    @GET
    @Path("/ids/{id}/versions")
    public List<Map<String, Object>> versionsOf(@PathParam("id") int id, @QueryParam("subject") String subject,
            @QueryParam("deleted") boolean deleted, @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("-1") int limit) {
        return Paging.page(versionsOfSchema(id, subject, deleted), offset, limit, Integer.MAX_VALUE).stream()
                .map(v -> Map.<String, Object>of("subject", v.subject().qualified(), "version", v.version()))
                .toList();
    }

    /** The schema with this guid, as {@code GET /schemas/ids/{id}} answers it without a subject; 40403 if none. */
    @GET
    @Path("/guids/{guid}")
    public SchemaResponse byGuid(@PathParam("guid") String guid, @QueryParam("format") String format) {
        StoredSchema schema = lookup.byGuid(guid);
        return SchemaResponse.ofSchema(schema, SchemaFormats.text(format, schema, catalog), null, null);
    }

    /** The id of the guid's content in every context holding it; an empty list when none does. */
    @GET
    @Path("/guids/{guid}/ids")
    public List<ContextId> idsOfGuid(@PathParam("guid") String guid) {
        return lookup.idsOfGuid(guid).stream().map(ContextId::of).toList();
    }

    private List<VersionRecord> versionsOfSchema(int id, String subject, boolean deleted) {
        return catalog.versionsOfSchema(lookup.byId(id, subject).schema().context(), id, deleted);
    }
}
