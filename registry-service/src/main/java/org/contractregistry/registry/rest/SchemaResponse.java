package org.contractregistry.registry.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.contractregistry.registry.domain.StoredSchema;
import org.contractregistry.registry.domain.SubjectVersionView;
import org.contractregistry.registry.domain.VersionRecord;

/**
 * Confluent's Schema / SchemaString / RegisterSchemaResponse entity; empty values are omitted. {@code maxId} only
 * with {@code fetchMaxId=true}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SchemaResponse(
        String subject,
        Integer version,
        Integer id,
        String guid,
        String schemaType,
        List<RegisterSchemaRequest.Reference> references,
        JsonNode metadata,
        JsonNode ruleSet,
        String schema,
        Long ts,
        Boolean deleted,
        Integer maxId) {

    static SchemaResponse of(SubjectVersionView view) {
        return of(view, view.schema().shownText());
    }

    /** A subject version whose schema is shown as {@code text} (see {@link SchemaFormats}). */
    static SchemaResponse of(SubjectVersionView view, String text) {
        StoredSchema s = view.schema();
        return new SchemaResponse(view.subject().qualified(), view.version().version(), s.id(), s.guid(),
                s.type().name(), references(s), s.metadata(), s.ruleSet(), text, view.version().registeredAt(),
                view.version().deleted(), null);
    }

    /**
     * {@code GET /schemas/ids/{id}} and {@code /schemas/guids/{guid}}: the content only, plus the subject and version
     * of {@code holder} when there is one (a subject was asked for).
     */
    static SchemaResponse ofSchema(StoredSchema s, String text, VersionRecord holder, Integer maxId) {
        return new SchemaResponse(holder == null ? null : holder.subject().qualified(),
                holder == null ? null : holder.version(), null, s.guid(), s.type().name(), references(s), s.metadata(),
                s.ruleSet(), text, null, null, maxId);
    }

    private static List<RegisterSchemaRequest.Reference> references(StoredSchema s) {
        return s.references().stream()
                .map(r -> new RegisterSchemaRequest.Reference(r.name(), r.subject(), r.version())).toList();
    }
}
