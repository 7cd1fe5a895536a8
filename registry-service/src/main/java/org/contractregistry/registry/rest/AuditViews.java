package org.contractregistry.registry.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Instant;
import org.contractregistry.registry.domain.Json;
import org.contractregistry.registry.domain.audit.AuditEntry;

/** An audit entry as the API answers it: the stored fields, {@code before}/{@code after} as JSON, the time as ISO-8601. */
final class AuditViews {
    private AuditViews() {
    }

    static ObjectNode entry(AuditEntry e) {
        ObjectNode node = Json.MAPPER.createObjectNode()
                .put("seq", e.seq())
                .put("time", Instant.ofEpochMilli(e.occurredAt()).toString())
                .put("principal", e.principal())
                .put("principalKind", e.principalKind())
                .put("team", e.team())
                .put("operation", e.operation())
                .put("target", e.target())
                .put("version", e.version())
                .put("id", e.schemaId());
        node.set("before", state(e.before()));
        node.set("after", state(e.after()));
        return node.put("requestId", e.requestId())
                .put("clientAddress", e.clientAddress())
                .put("prevHash", e.prevHash())
                .put("hash", e.entryHash());
    }

    /** The stored JSON; as a string when it is no longer JSON (a row edited by hand: verify names it). */
    private static JsonNode state(String stored) {
        try {
            return Json.read(stored);
        } catch (IllegalStateException unreadable) {
            return TextNode.valueOf(stored);
        }
    }
}
