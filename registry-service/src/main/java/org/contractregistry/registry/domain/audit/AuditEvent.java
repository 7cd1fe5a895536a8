package org.contractregistry.registry.domain.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * One change, as the audit log records it beside who made it ({@link org.contractregistry.registry.domain.access.Caller}).
 *
 * @param operation what was done, dotted and stable: {@code schema.register}, {@code subject.delete},
 *                  {@code config.update}, {@code mode.update}, {@code binding.create}, {@code user.create},
 *                  {@code key.revoke}, {@code login.failure}, ...
 * @param target    what it was done to: a qualified subject, a context, a user, a team, a key id; {@code null} for
 *                  the global scope
 * @param version   the subject version concerned, or {@code null}
 * @param schemaId  the schema id concerned, or {@code null}
 * @param before    the state before (JSON), or {@code null}
 * @param after     the state after (JSON), or {@code null}
 */
public record AuditEvent(String operation, String target, Integer version, Integer schemaId, JsonNode before,
        JsonNode after) {

    public AuditEvent {
        Objects.requireNonNull(operation, "operation");
    }

    public static AuditEvent of(String operation, String target) {
        return new AuditEvent(operation, target, null, null, null, null);
    }
}
