package org.contractregistry.registry.domain;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.contractregistry.contracts.SchemaType;

/**
 * Immutable schema content under an id within a context: the stored (canonical) text, references pinned to versions,
 * and the metadata and ruleSet exactly as sent.
 */
public record StoredSchema(
        String context,
        int id,
        SchemaType type,
        String text,
        List<SchemaReference> references,
        JsonNode metadata,
        JsonNode ruleSet,
        String contentHash) {

    public StoredSchema {
        references = references == null ? List.of() : List.copyOf(references);
    }

    /**
     * The text as the API shows it: a Protobuf schema without the comment lines Wire's layout starts with
     * ({@code // Proto schema formatted by Wire, do not edit.} and {@code // Source: ...}), as Confluent's canonical
     * form has none, and with {@code package} right under {@code syntax}, as Confluent lays them out. The stored text
     * (and so the content hash) is Wire's.
     */
    public String shownText() {
        if (type != SchemaType.PROTOBUF || !text.startsWith(WIRE_HEADER)) {
            return text;
        }
        String rest = text.substring(WIRE_HEADER.length());
        if (rest.startsWith("// Source:")) {
            int end = rest.indexOf('\n');
            rest = end < 0 ? "" : rest.substring(end + 1);
        }
        rest = rest.startsWith("\n") ? rest.substring(1) : rest;
        int syntaxEnd = rest.startsWith("syntax = ") ? rest.indexOf(";\n\npackage ") : -1;
        return syntaxEnd < 0 || rest.lastIndexOf('\n', syntaxEnd) >= 0 ? rest
                : rest.substring(0, syntaxEnd + 2) + rest.substring(syntaxEnd + 3);
    }

    private static final String WIRE_HEADER = "// Proto schema formatted by Wire, do not edit.\n";

    /** The content hash shown as a UUID (Confluent 8's {@code guid}); the same content gives the same guid anywhere. */
    public String guid() {
        return SchemaGuid.ofContentHash(contentHash).value();
    }
}
